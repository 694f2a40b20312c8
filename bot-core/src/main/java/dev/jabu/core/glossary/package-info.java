/**
 * The bilingual DevOps glossary: entries from the reviewed files in {@code config/glossary/}
 * overlaid by entries approved in chat, the checks that keep them consistent, the Hangul-aware
 * search index, and the {@code /term} and {@code /glossary} commands.
 */
package dev.jabu.core.glossary;

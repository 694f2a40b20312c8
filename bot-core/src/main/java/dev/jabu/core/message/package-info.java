/**
 * The neutral rich-message model (blocks, spans, buttons), the CommonMark converter into it, the
 * one splitter that cuts messages to a platform's {@link dev.jabu.core.message.LimitProfile} (ready
 * ones in {@link dev.jabu.core.message.LimitProfiles}), and the plain-text renderer. The splitter's
 * parts (text, code and list cutters, boundaries, graphemes) are package-private helpers. Platform
 * syntax lives in the adapters' renderers, never here.
 */
package dev.jabu.core.message;

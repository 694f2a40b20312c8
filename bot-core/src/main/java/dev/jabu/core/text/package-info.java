/**
 * Reusable text utilities that know nothing about commands or platforms: edit distance over code
 * points or any int sequence (Hangul jamo included), and "did you mean" ranking.
 */
package dev.jabu.core.text;

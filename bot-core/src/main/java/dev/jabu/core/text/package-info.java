/**
 * Text utilities shared by features: edit distance, "did you mean", and Hangul (jamo, 초성, the 두벌식
 * keyboard) for search that understands how Korean is typed.
 */
package dev.jabu.core.text;

/** Commands every jabu has, whatever features are switched on: {@code /help} and {@code /about}. */
package dev.jabu.core.builtin;

/**
 * The neutral rich-message model (blocks, spans, buttons), the CommonMark converter into it, the
 * one splitter that cuts messages to a platform's {@link dev.jabu.core.message.LimitProfile}, and
 * the plain-text renderer. Platform syntax lives in the adapters' renderers, never here.
 */
package dev.jabu.core.message;

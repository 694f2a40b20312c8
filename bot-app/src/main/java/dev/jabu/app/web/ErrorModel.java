package dev.jabu.app.web;

/** A 404, 429 or 500 page in the reader's language; never a stack trace. */
public record ErrorModel(Page page, String heading, String body) {}

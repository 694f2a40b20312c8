package dev.jabu.app.web;

/** A link among a few (a category, an index); {@code current} marks the one shown. */
public record Choice(String label, String href, boolean current) {}

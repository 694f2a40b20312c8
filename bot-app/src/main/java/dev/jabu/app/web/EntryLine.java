package dev.jabu.app.web;

/** One entry in a list: its page, its name in the reader's language first, and a first line. */
public record EntryLine(String href, String title, String summary) {}

package dev.jabu.app.web;

import java.util.List;

/**
 * What a search found, as the page shows it.
 *
 * @param none what to say when {@code entries} is empty
 */
public record SearchResults(
    String heading,
    List<EntryLine> entries,
    String none,
    String didYouMeanLabel,
    List<EntryLine> didYouMean) {}

package dev.jabu.app.web;

import java.util.List;
import java.util.Optional;

/**
 * The glossary's front page: the search box (with what it found), categories and the index.
 *
 * @param count entries listed below (all, or the chosen category's)
 */
public record GlossaryModel(
    Page page,
    String query,
    Optional<SearchResults> results,
    List<Choice> categories,
    List<Choice> indexes,
    List<IndexGroup> groups,
    int count) {}

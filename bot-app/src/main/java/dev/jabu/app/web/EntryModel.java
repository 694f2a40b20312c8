package dev.jabu.app.web;

import java.util.List;
import java.util.Optional;

/**
 * One entry's page: both languages, what it is, what plays with it, where it comes from.
 *
 * @param origin the file it is read from, or that it was approved in chat
 */
public record EntryModel(
    Page page,
    String title,
    String nameEn,
    String nameKo,
    List<String> aliases,
    String category,
    String categoryHref,
    String definitionKo,
    String definitionEn,
    List<EntryLine> roles,
    List<EntryLine> alternatives,
    List<EntryLine> tools,
    List<EntryLine> related,
    Optional<String> link,
    String origin,
    String added) {}

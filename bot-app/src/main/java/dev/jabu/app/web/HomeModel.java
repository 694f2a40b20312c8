package dev.jabu.app.web;

import java.util.Optional;

/**
 * @param terms entries in the glossary; 0 when the glossary is off
 * @param meetups whether meetups are on
 */
public record HomeModel(Page page, int terms, boolean meetups, Optional<MeetupLine> next) {}

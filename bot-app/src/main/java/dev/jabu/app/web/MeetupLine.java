package dev.jabu.app.web;

import java.util.Optional;

/**
 * A meetup in a list.
 *
 * @param iso the start as an ISO-8601 instant with offset, for {@code <time datetime>}
 * @param status said only when it is not simply open (cancelled, RSVPs closed)
 */
public record MeetupLine(
    String href,
    String title,
    String when,
    String iso,
    Optional<String> status,
    String seats,
    Optional<String> recap) {}

package dev.jabu.app.web;

import java.util.List;

/**
 * @param feed the calendar feed's address ({@code /calendar.ics})
 * @param webcal the same feed as a {@code webcal://} address, which calendar apps subscribe to
 */
public record MeetupsModel(
    Page page, List<MeetupLine> upcoming, List<MeetupLine> past, String feed, String webcal) {}

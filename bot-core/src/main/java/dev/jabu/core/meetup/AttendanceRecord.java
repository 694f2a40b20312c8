package dev.jabu.core.meetup;

import java.util.List;

/**
 * One member at one meetup, for moderators: where they ended up and what they did on the way.
 *
 * @param place SEAT, WAITLIST, or NONE when they gave their place up
 * @param events the attendance history's kinds in order, e.g. [RSVP, CONFIRMED, CHECKED_IN]
 */
public record AttendanceRecord(
    long meetupId, String place, boolean attended, boolean confirmed, List<String> events) {}

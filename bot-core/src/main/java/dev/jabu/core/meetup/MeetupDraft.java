package dev.jabu.core.meetup;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What an organizer typed for a new meetup or an edit: every field optional, checked by {@link
 * MeetupForm} before it reaches the store.
 */
record MeetupDraft(
    Optional<String> title,
    Optional<String> description,
    Optional<ZonedDateTime> start,
    Optional<ZonedDateTime> end,
    Optional<String> venueName,
    Optional<String> venueAddress,
    Optional<String> mapUrl,
    Optional<String> onlineUrl,
    Optional<List<String>> agenda,
    Optional<List<String>> organizers,
    Optional<String> registrationUrl,
    Optional<String> githubUrl,
    Optional<String> socialUrl,
    Optional<Integer> capacity,
    Optional<ZonedDateTime> rsvpOpens,
    Optional<ZonedDateTime> rsvpCloses) {}

package dev.jabu.app.web;

import java.util.List;
import java.util.Optional;

/**
 * One meetup's page. No attendee is named anywhere: only how many seats are left and how long the
 * waitlist is.
 *
 * @param when the start and end in the community's zone, written out
 * @param online whether it can be joined online (the link itself stays in the announcements)
 */
public record MeetupModel(
    Page page,
    String title,
    Optional<String> status,
    String when,
    String isoStart,
    String isoEnd,
    Optional<String> venue,
    Optional<String> address,
    Optional<String> map,
    boolean online,
    String seatsLeft,
    String waitlist,
    String description,
    List<String> agenda,
    boolean rsvpOpen,
    String rsvpCommand,
    Optional<String> registration,
    Optional<String> recap,
    String ics,
    String feed,
    String webcal) {}

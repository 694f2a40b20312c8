package dev.jabu.core.meetup;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.i18n.Messages;
import dev.jabu.core.member.Recipient;
import dev.jabu.core.member.Recipients;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.outbox.DirectMessageDetour;
import dev.jabu.core.outbox.Operation;
import dev.jabu.core.outbox.OutboundMessage;
import dev.jabu.core.outbox.Outbox;
import dev.jabu.core.outbox.OutboxEntry;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.EventListing;
import dev.jabu.core.platform.NativeEvents;
import dev.jabu.core.platform.UserRef;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * What happens to meetups, and what the community is told: announcements to every platform's
 * channel, edits of those announcements when the meetup changes, and direct messages to the people
 * whose seat or waitlist place changed. Everything goes out through the outbox.
 */
public final class MeetupService {
  private final MeetupStore meetups;
  private final RsvpLedger ledger;
  private final Identities identities;
  private final Reminders reminders;
  private final SeatOffers offers;
  private final Recipients recipients;
  private final Outbox outbox;
  private final CoreSettings settings;
  private final Clock clock;
  private final AtomicLong updates = new AtomicLong();
  private volatile RecapLinks recapLinks = RecapLinks.NONE;
  private final List<NativeEvents> nativeEvents = new java.util.concurrent.CopyOnWriteArrayList<>();

  public MeetupService(
      MeetupStore meetups,
      RsvpLedger ledger,
      Identities identities,
      Reminders reminders,
      SeatOffers offers,
      Recipients recipients,
      Outbox outbox,
      CoreSettings settings,
      Clock clock) {
    this.meetups = meetups;
    this.ledger = ledger;
    this.identities = identities;
    this.reminders = reminders;
    this.offers = offers;
    offers.expireWith(this::expireOffers);
    this.recipients = recipients;
    this.outbox = outbox;
    this.settings = settings;
    this.clock = clock;
  }

  public MeetupStore meetups() {
    return meetups;
  }

  public RsvpLedger ledger() {
    return ledger;
  }

  public Identities identities() {
    return identities;
  }

  public Reminders reminders() {
    return reminders;
  }

  public Instant now() {
    return clock.instant();
  }

  /** Whether {@code user}, or an account linked to them, organizes the meetup. */
  public boolean isOrganizer(UserRef user, Meetup meetup) {
    List<String> accounts = identities.accountsOf(identities.personOf(user.key()));
    return !Collections.disjoint(accounts, meetup.organizers())
        || meetup.organizers().contains(user.key());
  }

  public Optional<Meetup> find(long id) {
    return meetups.find(id);
  }

  public Meetup create(Meetup meetup) {
    return meetups.create(meetup);
  }

  /** Stores an edit and, once announced, updates the announcements in place. */
  public Meetup edit(Meetup edited) {
    return change(edited).stored();
  }

  /** Changes the capacity; a larger one gives waiting members their seats at once. */
  public Change setCapacity(Meetup meetup, int capacity) {
    return change(meetup.withCapacity(capacity));
  }

  /** A meetup as stored after a change, and who moved up from the waitlist because of it. */
  public record Change(Meetup stored, List<RsvpLedger.Promotion> promoted) {}

  /**
   * One edit, one new version, one round of announcement edits: a capacity change goes through the
   * ledger first, so the seats it frees are filled from the waitlist under the meetup's lock.
   */
  private Change change(Meetup edited) {
    Change change = meetups.atomically(() -> store(edited));
    // after the commit: the scheduler keeps its own connections
    reminders.plan(change.stored());
    return change;
  }

  /** The change, its promotions' messages and the announcements' edits: one commit. */
  private Change store(Meetup edited) {
    Meetup before = meetups.find(edited.id()).orElseThrow();
    if (before.status() == Meetup.Status.CANCELLED) {
      // nothing changes a cancelled meetup, and nobody is told anything more about it
      return new Change(before, List.of());
    }
    List<RsvpLedger.Promotion> promoted =
        edited.capacity() == before.capacity()
            ? List.of()
            : ledger.setCapacity(edited.id(), edited.capacity());
    Meetup stored = meetups.update(edited, clock.instant());
    announcePromotions(stored, promoted);
    refreshAnnouncements(stored);
    return new Change(stored, promoted);
  }

  /** Posts the announcement to every platform's announcement channel at once. */
  public Meetup announce(Meetup meetup) {
    Optional<Meetup> moved =
        meetups.transition(
            meetup.id(), EnumSet.of(Meetup.Status.DRAFT), Meetup.Status.ANNOUNCED, clock.instant());
    if (moved.isEmpty()) {
      return meetups.find(meetup.id()).orElseThrow();
    }
    Meetup announced = moved.get();
    RichMessage message = view().announcement(announced, ledger.counts(announced.id()));
    for (ChannelRef channel : settings.announcementChannels()) {
      outbox.post(announced.announcementKey(), channel, message);
    }
    for (NativeEvents events : nativeEvents) {
      outbox.post(eventKey(announced), events.destination(), listing(announced).toMessage());
    }
    reminders.plan(announced);
    return announced;
  }

  /**
   * Cancels, tells everyone holding a seat or a waitlist place, and marks the announcements. From
   * here on the ledger refuses every change to the meetup, so no message about seats follows.
   */
  public Meetup cancel(Meetup meetup) {
    Optional<Meetup> cancelled = meetups.atomically(() -> cancelAndTell(meetup));
    if (cancelled.isEmpty()) {
      return meetups.find(meetup.id()).orElseThrow();
    }
    // after the commit: the scheduler keeps its own connections
    reminders.plan(cancelled.get());
    return cancelled.get();
  }

  /**
   * The cancel, a notice to each holder and the announcements' edit, in one transaction: all of
   * them or none. One read of the holders, one of their profiles, one batch of notices, however
   * many people held a place: the answer does not wait on each of them.
   */
  private Optional<Meetup> cancelAndTell(Meetup meetup) {
    Optional<Meetup> moved =
        meetups.transition(
            meetup.id(),
            EnumSet.of(Meetup.Status.DRAFT, Meetup.Status.ANNOUNCED),
            Meetup.Status.CANCELLED,
            clock.instant());
    if (moved.isEmpty()) {
      return moved;
    }
    Meetup cancelled = moved.get();
    List<RsvpLedger.Holder> holders = ledger.holders(cancelled.id());
    Map<String, Recipient> to =
        recipients.people(holders.stream().map(RsvpLedger.Holder::userKey).toList());
    Function<Recipient, RichMessage> notice = noticeIn("meetup.told.cancelled", cancelled.title());
    outbox.enqueueAll(
        holders.stream()
            .map(
                holder ->
                    directMessage(
                        to.get(holder.userKey()),
                        "meetup-" + cancelled.id() + "-cancelled-" + holder.person(),
                        notice.apply(to.get(holder.userKey()))))
            .toList());
    if (meetup.status() != Meetup.Status.DRAFT) {
      refreshAnnouncements(cancelled);
    }
    return moved;
  }

  public Meetup setRsvpClosed(Meetup meetup, boolean closed) {
    return edit(meetup.withRsvpClosed(closed));
  }

  public RsvpLedger.RsvpResult rsvp(Meetup meetup, UserRef user) {
    return ledger.rsvp(meetup.id(), identities.personOf(user.key()), user.key(), clock.instant());
  }

  public RsvpLedger.LeaveResult leave(Meetup meetup, UserRef user) {
    RsvpLedger.LeaveResult result = ledger.leave(meetup.id(), identities.personOf(user.key()));
    announcePromotions(meetup, result.promoted());
    return result;
  }

  /** Takes the seat offered to the member (or a linked account of theirs). */
  public RsvpLedger.OfferAnswer claim(Meetup meetup, UserRef user) {
    RsvpLedger.OfferAnswer answer = ledger.claim(meetup.id(), identities.personOf(user.key()));
    announcePromotions(meetup, answer.promoted());
    return answer;
  }

  /** Passes on the seat offered to the member; the next person is offered it at once. */
  public RsvpLedger.OfferAnswer pass(Meetup meetup, UserRef user) {
    RsvpLedger.OfferAnswer answer = ledger.pass(meetup.id(), identities.personOf(user.key()));
    announcePromotions(meetup, answer.promoted());
    return answer;
  }

  /** Expires the meetup's lapsed offers and offers their seats on; run by the scheduler. */
  void expireOffers(long meetupId) {
    Instant now = clock.instant();
    List<RsvpLedger.Offer> lapsing =
        ledger.openOffers(meetupId).stream().filter(o -> !o.expiresAt().isAfter(now)).toList();
    List<RsvpLedger.Promotion> next = ledger.expireDue(meetupId);
    Optional<Meetup> meetup = meetups.find(meetupId);
    if (meetup.isEmpty() || meetup.get().status() != Meetup.Status.ANNOUNCED) {
      return;
    }
    announcePromotions(meetup.get(), next);
    // whoever let an offer run out hears so, unless they took it at the last moment
    Map<String, RsvpLedger.Holder> holders = new HashMap<>();
    ledger.holders(meetupId).forEach(h -> holders.put(h.person(), h));
    List<OutboxEntry> told = new ArrayList<>();
    for (RsvpLedger.Offer offer : lapsing) {
      RsvpLedger.Holder holder = holders.get(offer.person());
      if (holder == null || !holder.seat()) {
        told.add(
            directMessage(
                recipients.person(offer.userKey()),
                "meetup-" + meetupId + "-offer-" + offer.id() + "-expired",
                holder == null ? "meetup.told.offer-expired" : "meetup.told.offer-expired-kept",
                meetup.get().title()));
      }
    }
    outbox.enqueueAll(told);
  }

  /** The community's offer policy. */
  public WaitlistOffers waitlistOffers() {
    return ledger.communityOffers();
  }

  /** Stores a meetup's own offer timing and overbooking; seats it frees are filled at once. */
  public void setSeatPolicy(Meetup meetup, RsvpLedger.SeatPolicy policy) {
    announcePromotions(meetup, ledger.setSeatPolicy(meetup.id(), policy));
    meetups.find(meetup.id()).ifPresent(this::refreshAnnouncements);
  }

  public RsvpLedger.ConfirmOutcome confirm(Meetup meetup, UserRef user) {
    return ledger.confirm(meetup.id(), identities.personOf(user.key()));
  }

  public RsvpLedger.CheckInOutcome checkIn(Meetup meetup, UserRef user) {
    return ledger.checkIn(meetup.id(), identities.personOf(user.key()));
  }

  /**
   * Gives up every place {@code person} holds, each exactly as {@code /meetup leave} would: a freed
   * seat goes to the head of the waitlist, who is told. Places in cancelled or finished meetups
   * stay (the ledger no longer changes them).
   */
  public void leaveAll(String person) {
    for (long meetupId : ledger.heldBy(person).keySet()) {
      RsvpLedger.LeaveResult result = ledger.leave(meetupId, person);
      meetups.find(meetupId).ifPresent(m -> announcePromotions(m, result.promoted()));
    }
  }

  /**
   * Tells each promoted person of their seat, read again from the ledger as the message is queued:
   * someone who left or was released meanwhile is told nothing, and nobody hears of a seat in a
   * cancelled meetup. A seat offered near the start is scheduled to expire and its person gets
   * buttons to take it or pass.
   */
  void announcePromotions(Meetup meetup, List<RsvpLedger.Promotion> promoted) {
    if (promoted.isEmpty()) {
      return;
    }
    if (promoted.stream().anyMatch(RsvpLedger.Promotion::offer)) {
      announceOffers(meetup, promoted);
    }
    Map<String, RsvpLedger.Holder> now = new HashMap<>();
    ledger.holders(meetup.id()).forEach(h -> now.put(h.person(), h));
    Optional<Meetup> current = meetups.find(meetup.id());
    if (current.isEmpty() || current.get().status() == Meetup.Status.CANCELLED) {
      return;
    }
    List<RsvpLedger.Holder> seated =
        promoted.stream().map(p -> now.get(p.person())).filter(h -> h != null && h.seat()).toList();
    // everyone's address and language in one read, not one per person
    Map<String, Recipient> to =
        recipients.people(seated.stream().map(RsvpLedger.Holder::userKey).toList());
    List<OutboxEntry> told = new ArrayList<>();
    Function<Recipient, RichMessage> notice =
        noticeIn("meetup.told.promoted", current.get().title());
    for (RsvpLedger.Promotion p : promoted) {
      if (p.offer()) {
        continue;
      }
      RsvpLedger.Holder holder = now.get(p.person());
      if (holder != null && holder.seat()) {
        Recipient recipient = to.get(holder.userKey());
        told.add(
            directMessage(
                recipient,
                unique("meetup-" + meetup.id() + "-promoted-" + p.person()),
                notice.apply(recipient)));
      }
    }
    outbox.enqueueAll(told);
  }

  /** Schedules each new offer's expiry, then tells its person, while the offer is still open. */
  private void announceOffers(Meetup meetup, List<RsvpLedger.Promotion> promoted) {
    Map<String, RsvpLedger.Offer> open = new HashMap<>();
    ledger.openOffers(meetup.id()).forEach(o -> open.put(o.person(), o));
    List<OutboxEntry> told = new ArrayList<>();
    for (RsvpLedger.Promotion p : promoted) {
      RsvpLedger.Offer offer = open.get(p.person());
      if (!p.offer() || offer == null) {
        continue;
      }
      offers.schedule(offer);
      Recipient to = recipients.person(offer.userKey());
      told.add(
          new OutboxEntry(
              "meetup-" + meetup.id() + "-offer-" + offer.id(),
              Operation.POST,
              to.channel(),
              null,
              new MeetupView(to.locale(), clock.instant()).offer(meetup, offer)));
    }
    outbox.enqueueAll(told);
  }

  /**
   * A direct message to this very account, in its person's language: for notices about the account
   * itself, which must reach it whichever account its person prefers.
   */
  void tell(String userKey, String key, String messageKey, Object... args) {
    outbox.enqueueAll(List.of(directMessage(recipients.account(userKey), key, messageKey, args)));
  }

  /** Where and in which language a message for one person goes. */
  public Recipients recipients() {
    return recipients;
  }

  private static OutboxEntry directMessage(
      Recipient to, String key, String messageKey, Object... args) {
    return directMessage(to, key, RichMessage.text(to.t(messageKey, args)));
  }

  private static OutboxEntry directMessage(Recipient to, String key, RichMessage message) {
    return new OutboxEntry(key, Operation.POST, to.channel(), null, message);
  }

  /**
   * A fan-out's notice in each recipient's language, built once per language rather than once per
   * person: everyone reading a language is told the same words.
   */
  private static Function<Recipient, RichMessage> noticeIn(String messageKey, Object... args) {
    Map<Locale, RichMessage> built = new HashMap<>();
    return to ->
        built.computeIfAbsent(to.locale(), locale -> RichMessage.text(to.t(messageKey, args)));
  }

  /** Edits every posted announcement of the meetup to show it as it is now. */
  private void refreshAnnouncements(Meetup meetup) {
    if (meetup.status() == Meetup.Status.DRAFT) {
      return;
    }
    RichMessage message = view().announcement(meetup, ledger.counts(meetup.id()));
    String key = unique(meetup.announcementKey() + "-edit-" + meetup.sequence());
    for (ChannelRef channel : settings.announcementChannels()) {
      outbox.edit(key, meetup.announcementKey(), channel, message);
    }
    refreshEvents(meetup);
  }

  /**
   * Mirrors announced meetups as the platform's own events from now on (Discord scheduled events);
   * called by the launcher for each platform that has them.
   */
  public void mirrorAsEvents(NativeEvents events) {
    nativeEvents.add(events);
  }

  /**
   * Who marked the meetup's mirrored events interesting, per platform; a platform that cannot
   * answer now is left out of the map and named in {@code unavailable}.
   */
  public EventInterest interest(Meetup meetup) {
    Map<dev.jabu.core.platform.Platform, NativeEvents.Interest> found = new java.util.TreeMap<>();
    List<dev.jabu.core.platform.Platform> unavailable = new ArrayList<>();
    for (NativeEvents events : nativeEvents) {
      Optional<String> id = outbox.platformId(eventKey(meetup), events.destination());
      if (id.isEmpty()) {
        continue;
      }
      try {
        found.put(events.destination().platform(), events.interest(id.get()));
      } catch (Exception e) {
        unavailable.add(events.destination().platform());
      }
    }
    return new EventInterest(found, unavailable);
  }

  /** What {@link #interest} found. */
  public record EventInterest(
      Map<dev.jabu.core.platform.Platform, NativeEvents.Interest> byPlatform,
      List<dev.jabu.core.platform.Platform> unavailable) {}

  /** Updates, or cancels, the mirrored events of a meetup that has one. */
  private void refreshEvents(Meetup meetup) {
    for (NativeEvents events : nativeEvents) {
      ChannelRef destination = events.destination();
      if (!outbox.contains(eventKey(meetup), destination)) {
        continue; // announced before events were mirrored
      }
      if (meetup.status() == Meetup.Status.CANCELLED) {
        outbox.delete(eventKey(meetup) + "-cancel", eventKey(meetup), destination);
      } else if (meetup.status() == Meetup.Status.ANNOUNCED) {
        outbox.edit(
            unique(eventKey(meetup) + "-edit-" + meetup.sequence()),
            eventKey(meetup),
            destination,
            listing(meetup).toMessage());
      }
    }
  }

  private static String eventKey(Meetup meetup) {
    return "meetup-" + meetup.id() + "-event";
  }

  /** The meetup as a platform event: where it is, and that interest there is not a seat. */
  EventListing listing(Meetup meetup) {
    Locale locale = settings.defaultLocale();
    String location =
        meetup
            .venueName()
            .map(v -> meetup.venueAddress().map(a -> v + ", " + a).orElse(v))
            .or(meetup::onlineUrl)
            .orElseGet(() -> Messages.get(locale, "meetup.event.no-location"));
    String description =
        Messages.get(locale, "meetup.event.not-a-seat", meetup.id())
            + (meetup.description().isBlank() ? "" : "\n\n" + meetup.description().strip());
    return new EventListing(meetup.title(), description, meetup.start(), meetup.end(), location);
  }

  /** Lets summaries name each meetup's recap; called by the recap feature when it is on. */
  public void linkRecaps(RecapLinks links) {
    this.recapLinks = links;
  }

  /** Posts the summary to the announcement channels, in each meetup's thread. */
  public void postSummary(Meetup meetup) {
    for (ChannelRef channel : settings.announcementChannels()) {
      outbox.reply(summaryKey(meetup), meetup.announcementKey(), channel, summary(meetup));
    }
  }

  /**
   * Edits a summary already queued or posted to show the meetup as it is now, e.g. with a recap
   * published after it; where no summary was posted nothing happens.
   */
  public void refreshSummary(long meetupId) {
    Optional<Meetup> found = meetups.find(meetupId);
    if (found.isEmpty()) {
      return;
    }
    Meetup meetup = found.get();
    String key = unique(summaryKey(meetup) + "-edit");
    for (ChannelRef channel : settings.announcementChannels()) {
      if (outbox.contains(summaryKey(meetup), channel)) {
        outbox.edit(key, summaryKey(meetup), channel, summary(meetup));
      }
    }
  }

  /**
   * An outbox key for a message that may be sent again later with new content (an edit, a second
   * promotion): {@code prefix} made unique in this process and over time.
   */
  String unique(String prefix) {
    return prefix + "-" + updates.incrementAndGet() + "-" + clock.millis();
  }

  private RichMessage summary(Meetup meetup) {
    return view()
        .summary(
            meetup,
            ledger.counts(meetup.id()),
            ledger.figures(meetup.id()),
            recapLinks.find(meetup.id()));
  }

  private static String summaryKey(Meetup meetup) {
    return "meetup-" + meetup.id() + "-summary";
  }

  /**
   * Marks meetups that have ended as finished and, when {@code postSummaries}, posts each one's
   * summary in its thread. Safe to run again: a finished meetup is not touched twice and the
   * summary's outbox key is fixed.
   *
   * @return how many meetups were finished
   */
  public int finishEnded(boolean postSummaries) {
    Instant now = clock.instant();
    int finished = 0;
    for (Meetup m : meetups.upcoming(Instant.EPOCH, 1000)) {
      if (m.status() == Meetup.Status.ANNOUNCED && !m.end().isAfter(now)) {
        Optional<Meetup> done =
            meetups.transition(
                m.id(), EnumSet.of(Meetup.Status.ANNOUNCED), Meetup.Status.FINISHED, now);
        if (done.isPresent() && postSummaries) {
          postSummary(done.get());
        }
        finished += done.isPresent() ? 1 : 0;
      }
    }
    return finished;
  }

  private static final java.util.regex.Pattern MEETUP_KEY =
      java.util.regex.Pattern.compile("meetup-(\\d+)-.*");

  /**
   * A direct message about a meetup that its member does not take goes to the meetup's thread on
   * the same platform, as a note mentioning only them.
   */
  public Optional<DirectMessageDetour.Detour> detour(OutboundMessage message) {
    java.util.regex.Matcher key = MEETUP_KEY.matcher(message.key());
    if (!message.destination().isDirectMessage() || !key.matches()) {
      return Optional.empty();
    }
    Optional<Meetup> meetup = meetups.find(Long.parseLong(key.group(1)));
    if (meetup.isEmpty()) {
      return Optional.empty();
    }
    UserRef member =
        UserRef.of(message.destination().platform(), message.destination().id().substring(1));
    for (ChannelRef channel : settings.announcementChannels()) {
      if (channel.platform() != member.platform()) {
        continue;
      }
      Optional<String> parent = outbox.platformId(meetup.get().announcementKey(), channel);
      if (parent.isPresent()) {
        List<dev.jabu.core.message.Block> blocks = new ArrayList<>();
        blocks.add(
            new dev.jabu.core.message.Block.Paragraph(
                List.of(
                    new dev.jabu.core.message.Span.UserMention(member),
                    dev.jabu.core.message.Span.text(
                        " " + Messages.get(settings.defaultLocale(), "meetup.dm-closed")))));
        blocks.addAll(message.message().blocks());
        return Optional.of(
            new DirectMessageDetour.Detour(
                channel, parent.get(), member, new RichMessage(blocks, List.of())));
      }
    }
    return Optional.empty();
  }

  /** The view for posts to everyone: the community's language, as of now. */
  MeetupView view() {
    return new MeetupView(settings.defaultLocale(), clock.instant());
  }
}

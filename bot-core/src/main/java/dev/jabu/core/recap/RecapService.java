package dev.jabu.core.recap;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.message.LimitProfiles;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.outbox.Outbox;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import dev.jabu.core.recap.RecapRenderer.MeetupLabel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Recaps from source to thread: read, parse, render and cut everything first, and only then put the
 * messages in the outbox, so a bad recap never leaves half a thread behind.
 *
 * <p>The outbox has no transaction across rows, so the steps are made repeatable instead: every
 * message has a key fixed by the recap, its revision and its place in the thread, and the store
 * records a step as done only after all its rows are in. Running the same command again after a
 * failure puts in what was missing and nothing twice.
 */
public final class RecapService {
  private final SourceReader reader;
  private final RecapStore store;
  private final Outbox outbox;
  private final CoreSettings settings;
  private final RecapMeetups meetups;
  private final Clock clock;
  private final int maxReplies;

  RecapService(
      SourceReader reader,
      RecapStore store,
      Outbox outbox,
      CoreSettings settings,
      RecapMeetups meetups,
      Clock clock,
      int maxReplies) {
    this.reader = reader;
    this.store = store;
    this.outbox = outbox;
    this.settings = settings;
    this.meetups = meetups;
    this.clock = clock;
    this.maxReplies = maxReplies;
  }

  /** A recap read, parsed and rendered: every check passed, nothing posted. */
  record Draft(
      RecapSource.Origin origin,
      RecapDocument document,
      Optional<MeetupLabel> meetup,
      RecapMessages messages) {

    /** The thread as it is posted in {@code channel}: parent first, then the replies. */
    List<RichMessage> thread(ChannelRef channel) {
      return messages.thread(LimitProfiles.forPlatform(channel.platform()));
    }
  }

  /**
   * Reads and renders a recap without posting it.
   *
   * @param meetup the meetup named in the command; else the front matter's; else {@code fallback}
   */
  Draft prepare(
      RecapSource source, Optional<Long> meetup, Optional<Long> fallback, Platform platform)
      throws RecapProblem {
    String markdown = reader.read(source, platform);
    RecapDocument document = RecapParser.parse(markdown, source.documentName());
    Optional<Long> meetupId = meetup.or(() -> document.meta().meetup()).or(() -> fallback);
    Optional<MeetupLabel> label = Optional.empty();
    if (meetupId.isPresent()) {
      label =
          Optional.of(
              meetups
                  .find(meetupId.get())
                  .orElseThrow(() -> new RecapProblem("recap.meetup.unknown", meetupId.get())));
    }
    RecapMessages messages = new RecapRenderer(settings.defaultLocale()).render(document, label);
    return new Draft(RecapSource.Origin.of(source), document, label, messages);
  }

  /** The channels a new recap is posted to: every platform's announcement channel. */
  List<ChannelRef> channels() {
    return settings.announcementChannels();
  }

  /** Posts a recap to every announcement channel, or finishes one an earlier try left undone. */
  Recap publish(RecapSource source, Optional<Long> meetup, UserRef by, Platform platform)
      throws RecapProblem {
    Draft draft = prepare(source, meetup, Optional.empty(), platform);
    refuseDraft(draft);
    if (channels().isEmpty()) {
      throw new RecapProblem("recap.no-channels");
    }
    Map<ChannelRef, List<RichMessage>> threads = threads(draft, channels());
    Optional<Long> meetupId = draft.meetup().map(MeetupLabel::id);
    Recap recap =
        store
            .unfinished(draft.origin())
            .orElseGet(
                () ->
                    store.create(
                        meetupId,
                        draft.document().title(),
                        draft.origin(),
                        by.key(),
                        clock.instant()));
    long id = recap.id();
    Map<ChannelRef, List<String>> keys = new LinkedHashMap<>();
    threads.forEach(
        (channel, pieces) -> {
          String parent = RecapKeys.post(id);
          List<String> posted = new ArrayList<>(List.of(parent));
          outbox.post(parent, channel, pieces.get(0));
          for (int i = 1; i < pieces.size(); i++) {
            String key = RecapKeys.reply(id, 1, i);
            outbox.reply(key, parent, channel, pieces.get(i));
            posted.add(key);
          }
          keys.put(channel, posted);
        });
    store.published(
        id, 1, meetupId, draft.document().title(), draft.origin(), keys, clock.instant());
    relink(meetupId.stream().toList());
    return store.find(id).orElseThrow();
  }

  /**
   * Replaces a published recap's content everywhere it was posted: each existing message is edited,
   * extra pieces are added as replies, and surplus ones removed.
   *
   * @param source the new markdown; empty to read the recap's own file or address again
   */
  Recap edit(long id, Optional<RecapSource> source, Optional<Long> meetup, Platform platform)
      throws RecapProblem {
    Recap recap = published(id);
    RecapSource from =
        source
            .or(() -> recap.origin().reread())
            .orElseThrow(() -> new RecapProblem("recap.edit.needs-source", id));
    Draft draft = prepare(from, meetup, recap.meetupId(), platform);
    refuseDraft(draft);
    Map<ChannelRef, List<RichMessage>> threads = threads(draft, recap.messages().keySet());
    int revision = recap.revision() + 1;
    Map<ChannelRef, List<String>> keys = new LinkedHashMap<>();
    threads.forEach(
        (channel, pieces) -> {
          List<String> before = recap.messages().get(channel);
          List<String> after = new ArrayList<>();
          for (int i = 0; i < pieces.size(); i++) {
            if (i < before.size()) {
              outbox.edit(RecapKeys.edit(id, revision, i), before.get(i), channel, pieces.get(i));
              after.add(before.get(i));
            } else {
              String key = RecapKeys.reply(id, revision, i);
              outbox.reply(key, before.get(0), channel, pieces.get(i));
              after.add(key);
            }
          }
          for (int i = before.size() - 1; i >= pieces.size(); i--) {
            outbox.delete(RecapKeys.drop(id, revision, i), before.get(i), channel);
          }
          keys.put(channel, after);
        });
    Optional<Long> meetupId = draft.meetup().map(MeetupLabel::id);
    store.published(
        id, revision, meetupId, draft.document().title(), draft.origin(), keys, clock.instant());
    relink(concat(recap.meetupId(), meetupId));
    return store.find(id).orElseThrow();
  }

  /** Removes every message of a published recap, replies first, and marks it deleted. */
  Recap delete(long id) throws RecapProblem {
    Recap recap = published(id);
    recap
        .messages()
        .forEach(
            (channel, keys) -> {
              for (int i = keys.size() - 1; i >= 0; i--) {
                outbox.delete(RecapKeys.delete(id, i), keys.get(i), channel);
              }
            });
    store.deleted(id, clock.instant());
    relink(recap.meetupId().stream().toList());
    return store.find(id).orElseThrow();
  }

  List<Recap> recent(int limit) {
    return store.recent(limit);
  }

  private Recap published(long id) throws RecapProblem {
    Recap recap = store.find(id).orElseThrow(() -> new RecapProblem("recap.unknown", id));
    switch (recap.state()) {
      case DELETED:
        throw new RecapProblem("recap.deleted-already", id);
      case PUBLISHING:
        throw new RecapProblem("recap.unfinished", id);
      default:
        return recap;
    }
  }

  private static void refuseDraft(Draft draft) throws RecapProblem {
    if (draft.document().meta().draft()) {
      throw new RecapProblem("recap.draft");
    }
  }

  /**
   * The thread of each channel, cut to its platform.
   *
   * @throws RecapProblem when a thread would take more replies than allowed: thousands of sections
   *     must not queue thousands of posts
   */
  Map<ChannelRef, List<RichMessage>> threads(Draft draft, Collection<ChannelRef> channels)
      throws RecapProblem {
    Map<ChannelRef, List<RichMessage>> threads = new LinkedHashMap<>();
    for (ChannelRef channel : channels) {
      List<RichMessage> thread = draft.thread(channel);
      int replies = thread.size() - 1;
      if (replies > maxReplies) {
        throw new RecapProblem(
            "recap.too-many-replies", RecapCommands.where(channel), replies, maxReplies);
      }
      threads.put(channel, thread);
    }
    return threads;
  }

  /** Each meetup links its newest published recap's address, or none when it has no such recap. */
  private void relink(List<Long> meetupIds) {
    for (long meetupId : meetupIds) {
      meetups.linkRecap(meetupId, store.latestPublished(meetupId).flatMap(r -> r.origin().url()));
    }
  }

  private static List<Long> concat(Optional<Long> a, Optional<Long> b) {
    Set<Long> ids = new TreeSet<>();
    a.ifPresent(ids::add);
    b.ifPresent(ids::add);
    return List.copyOf(ids);
  }
}

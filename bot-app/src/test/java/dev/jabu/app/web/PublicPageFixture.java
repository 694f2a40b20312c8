package dev.jabu.app.web;

import dev.jabu.app.http.HttpServer;
import dev.jabu.app.http.MeetupFeed;
import dev.jabu.core.CoreSettings;
import dev.jabu.core.Feature;
import dev.jabu.core.engine.Member;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.glossary.GlossaryCommands;
import dev.jabu.core.glossary.GlossaryLoader;
import dev.jabu.core.glossary.GlossaryService;
import dev.jabu.core.glossary.JdbcGlossaryStore;
import dev.jabu.core.meetup.MeetupFeature;
import dev.jabu.core.meetup.MeetupIcs;
import dev.jabu.core.meetup.MeetupService;
import dev.jabu.core.meetup.ReminderSettings;
import dev.jabu.core.testkit.FakePlatform;
import dev.jabu.core.testkit.TempDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A whole jabu core (the real glossary files, meetups on SQLite, the test kit's clock at 2026-11-23
 * 10:00 UTC) with the public page served on a free port.
 */
final class PublicPageFixture implements AutoCloseable {
  static final String COMMUNITY = "DevOps Korea";

  /** The hour set, in the community's zone (Asia/Seoul), of the meetup {@link #meetups} makes. */
  static final String DECEMBER_START = "2026-12-18T19:30";

  final FakePlatform platform;
  final GlossaryService glossary;
  final MeetupService meetups;
  final HttpServer server;
  final String base;

  private PublicPageFixture(int searchesPerMinute, Optional<String> publicUrl) throws Exception {
    var entries = GlossaryLoader.load(Path.of("../config/glossary")).entries();
    AtomicReference<GlossaryService> glossaryRef = new AtomicReference<>();
    AtomicReference<MeetupService> meetupRef = new AtomicReference<>();
    Feature glossaryFeature =
        services -> {
          try {
            GlossaryService service =
                new GlossaryService(
                    entries, new JdbcGlossaryStore(services.database()), services.clock());
            glossaryRef.set(service);
            return new GlossaryCommands(
                service, services.outbox(), services.recipients(), publicUrl);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        };
    Feature meetupFeature =
        services -> {
          meetupRef.set(MeetupFeature.service(services, ReminderSettings.defaults(), false));
          return MeetupFeature.commands(meetupRef.get(), Optional.of(new MeetupIcs(COMMUNITY)));
        };
    CoreSettings settings = CoreSettings.defaults();
    platform =
        FakePlatform.on(TempDatabase.sqlite(), settings, List.of(glossaryFeature, meetupFeature));
    glossary = glossaryRef.get();
    meetups = meetupRef.get();
    PublicSite site =
        new PublicSite(
            Optional.of(glossary),
            Optional.of(meetups),
            new SiteSettings(
                COMMUNITY,
                settings.zone(),
                settings.defaultLocale(),
                publicUrl,
                searchesPerMinute,
                platform.clock()));
    server =
        new HttpServer(
            "127.0.0.1",
            0,
            MeetupFeed.of(meetups),
            COMMUNITY,
            "test",
            List.of(),
            List::of,
            Optional.empty(),
            Optional.of(site));
    server.start();
    base = "http://127.0.0.1:" + server.port();
  }

  static PublicPageFixture start() throws Exception {
    return new PublicPageFixture(1000, Optional.empty());
  }

  static PublicPageFixture start(int searchesPerMinute, Optional<String> publicUrl)
      throws Exception {
    return new PublicPageFixture(searchesPerMinute, publicUrl);
  }

  Member moderator() {
    return platform.moderator("discord:mod");
  }

  String say(Member who, String line) {
    Reply reply = platform.say(who, line);
    return platform.text(reply);
  }

  /**
   * An announced meetup with 3 seats, 4 people answering (3 seats, 1 waiting) and the given title
   * and description; returns its id.
   */
  long announcedMeetup(String title, String description) {
    Member mod = moderator();
    String created =
        say(
            mod,
            "/meetup create title:\""
                + title
                + "\" start:"
                + DECEMBER_START
                + " end:2026-12-18T21:30 capacity:3 venue:\"Pangyo Tech Hall\""
                + " address:\"판교역로 1\" description:\""
                + description
                + "\"");
    long id =
        meetups.meetups().upcoming(platform.clock().instant(), 100).stream()
            .filter(m -> m.title().equals(title))
            .findFirst()
            .orElseThrow(() -> new AssertionError("not created: " + created))
            .id();
    say(mod, "/meetup announce " + id);
    for (String who : List.of("alice", "bob", "carol", "dave")) {
      say(platform.member("discord:" + who), "/meetup rsvp " + id);
    }
    return id;
  }

  /** A draft nobody but its organizers should see. */
  long draftMeetup(String title) {
    say(moderator(), "/meetup create title:\"" + title + "\" start:2026-12-20T19:00");
    return meetups.meetups().upcoming(platform.clock().instant(), 100).stream()
        .filter(m -> m.title().equals(title))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Override
  public void close() {
    server.close();
    try {
      platform.close();
    } catch (Exception e) {
      // a test that closed the database on purpose leaves less to close
    }
  }
}

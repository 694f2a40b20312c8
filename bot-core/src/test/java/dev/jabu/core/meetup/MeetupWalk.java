package dev.jabu.core.meetup;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.engine.Member;
import dev.jabu.core.message.RichMessageJson;
import dev.jabu.core.platform.UserRef;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.FakePlatform;
import dev.jabu.core.testkit.TempDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A stateful property harness for meetups: a sequence of {@link Step}s played through the engine,
 * as members and organizers type them, on SQLite and PostgreSQL side by side. After every step it
 * checks what jabu promises (seats within the capacity, one place per person, a gap-free first come
 * first served waitlist, cancelled and past meetups frozen, one account per platform per person),
 * checks every post and direct message against the ledger at the moment it is queued, and compares
 * the two databases' answers and state.
 *
 * <p>Steps name meetups by the order they were created in the walk and accounts by name, so a
 * failing sequence replays on fresh databases and can be shrunk and kept as a regression test.
 */
final class MeetupWalk {
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final Pattern CODE = Pattern.compile("\\b\\d{6}\\b");
  private static final Pattern MEETUP_KEY = Pattern.compile("meetup-(\\d+)-([a-z]+).*");
  private static final Pattern LINK_KEY =
      Pattern.compile("link-(.+)-(linked|unlinked)-(.+)-\\d+-\\d+");

  /**
   * Accounts of the walk: three people's worth on Discord and Slack and one console account, few
   * enough that they often meet in one meetup's list.
   */
  static final List<String> ACCOUNTS =
      List.of(
          "discord:d0",
          "discord:d1",
          "discord:d2",
          "slack:S0",
          "slack:S1",
          "slack:S2",
          "console:c0");

  /** One thing someone does. {@code meetup} is the walk's own number: 1 is the first created. */
  interface Step {
    /** Runs on one side and returns the answers, as the member would read them. */
    String run(Side side);

    /** The step as Java, to paste into a regression test. */
    String java();
  }

  record Create(int daysAhead, int capacity) implements Step {
    @Override
    public String run(Side side) {
      String start = side.clock().plus(Duration.ofDays(daysAhead)).atZone(SEOUL).format(LOCAL);
      String answer =
          side.say(
              side.mod(),
              "/meetup create title:W"
                  + side.created.size()
                  + " start:"
                  + start
                  + " capacity:"
                  + capacity);
      Matcher id = Pattern.compile("Created meetup #(\\d+)").matcher(answer);
      if (id.find()) {
        side.created.add(Long.parseLong(id.group(1)));
      }
      return answer;
    }

    @Override
    public String java() {
      return "new Create(" + daysAhead + ", " + capacity + ")";
    }
  }

  /** An organizer command on meetup {@code meetup}: announce, close, reopen, cancel, capacity N. */
  record Organize(String command, int meetup) implements Step {
    @Override
    public String run(Side side) {
      String[] words = command.split(" ", 2);
      String line =
          "/meetup " + words[0] + " " + side.id(meetup) + (words.length > 1 ? " " + words[1] : "");
      side.cancelling = command.equals("cancel") ? side.id(meetup) : -1;
      try {
        return side.say(side.mod(), line);
      } finally {
        side.cancelling = -1;
      }
    }

    @Override
    public String java() {
      return "new Organize(\"" + command + "\", " + meetup + ")";
    }
  }

  /** A member's command on meetup {@code meetup}: rsvp, leave, info. */
  record Answer(String command, int meetup, String account) implements Step {
    @Override
    public String run(Side side) {
      return side.say(side.member(account), "/meetup " + command + " " + side.id(meetup));
    }

    @Override
    public String java() {
      return "new Answer(\"" + command + "\", " + meetup + ", \"" + account + "\")";
    }
  }

  /** {@code issuer} asks for a code and {@code redeemer} types it, each maybe agreeing to merge. */
  record Link(String issuer, boolean issuerMerges, String redeemer, boolean redeemerMerges)
      implements Step {
    @Override
    public String run(Side side) {
      String issued =
          side.sayRaw(side.member(issuer), "/link" + (issuerMerges ? " merge:yes" : ""));
      Matcher code = CODE.matcher(issued);
      if (!code.find()) {
        return side.normal(issued);
      }
      return side.normal(issued)
          + "\n"
          + side.say(
              side.member(redeemer),
              "/link " + code.group() + (redeemerMerges ? " merge:yes" : ""));
    }

    @Override
    public String java() {
      return "new Link(\""
          + issuer
          + "\", "
          + issuerMerges
          + ", \""
          + redeemer
          + "\", "
          + redeemerMerges
          + ")";
    }
  }

  record Unlink(String account) implements Step {
    @Override
    public String run(Side side) {
      return side.say(side.member(account), "/unlink");
    }

    @Override
    public String java() {
      return "new Unlink(\"" + account + "\")";
    }
  }

  /** Time passes; meetups that ended are finished, as the scheduler's minute check does. */
  record Pass(int hours) implements Step {
    @Override
    public String run(Side side) {
      side.platform.clock().advance(Duration.ofHours(hours));
      return "finished " + side.service.finishEnded(false);
    }

    @Override
    public String java() {
      return "new Pass(" + hours + ")";
    }
  }

  /** A random step, weighted towards what moves seats. */
  static Step randomStep(Random random, int created) {
    int meetup = created == 0 ? 1 : 1 + random.nextInt(created + (random.nextInt(10) == 0 ? 1 : 0));
    String account = ACCOUNTS.get(random.nextInt(ACCOUNTS.size()));
    int roll = random.nextInt(100);
    if (created == 0 || roll < 5) {
      return new Create(2 + random.nextInt(8), 1 + random.nextInt(3));
    } else if (roll < 17) {
      return new Organize("announce", meetup);
    } else if (roll < 45) {
      return new Answer("rsvp", meetup, account);
    } else if (roll < 52) {
      return new Answer("leave", meetup, account);
    } else if (roll < 58) {
      return new Organize("capacity " + (1 + random.nextInt(4)), meetup);
    } else if (roll < 60) {
      return new Organize("close", meetup);
    } else if (roll < 62) {
      return new Organize("reopen", meetup);
    } else if (roll < 64) {
      return new Organize("cancel", meetup);
    } else if (roll < 80) {
      // mostly on another platform, as people are asked to; now and then the same one
      List<String> others =
          ACCOUNTS.stream()
              .filter(a -> random.nextInt(5) == 0 || !a.startsWith(account.split(":")[0]))
              .toList();
      String other = others.get(random.nextInt(others.size()));
      boolean merge = random.nextInt(3) == 0;
      return new Link(account, merge, other, merge || random.nextInt(6) == 0);
    } else if (roll < 88) {
      return new Unlink(account);
    } else if (roll < 98) {
      return new Answer("info", meetup, account);
    }
    return new Pass(24 + random.nextInt(200));
  }

  /**
   * How often the walks reached each outcome worth reaching, so a walk that never gets there (a
   * generator gone blind) fails instead of passing for want of trying.
   */
  static final class Outcomes {
    static final Map<String, Pattern> WANTED =
        Map.ofEntries(
            Map.entry("seat", Pattern.compile("You have a seat")),
            Map.entry("waitlist", Pattern.compile("on the waitlist")),
            Map.entry("promotion message", Pattern.compile("(?m)^meetup-\\d+-promoted")),
            Map.entry("cancel", Pattern.compile("is cancelled; ")),
            Map.entry("refused by stage", Pattern.compile("does not apply in that state")),
            Map.entry("past", Pattern.compile("is over\\.")),
            Map.entry("capacity below seats", Pattern.compile("seats are taken already")),
            Map.entry("link", Pattern.compile("are now one person")),
            Map.entry("earlier place kept", Pattern.compile("the earlier one is kept")),
            Map.entry("same platform", Pattern.compile("one account per platform")),
            Map.entry("unlink first", Pattern.compile("/unlink that first")),
            Map.entry("three accounts", Pattern.compile("(?s)-linked-.*\\n.*-linked-")),
            Map.entry("unlink", Pattern.compile("no longer linked with")),
            Map.entry("unlink told", Pattern.compile("(?m)^link-.*-unlinked-")));

    private static final Map<String, Integer> SEEN = new java.util.concurrent.ConcurrentHashMap<>();

    static void count(String answer, List<String> messages) {
      String all = answer + "\n" + String.join("\n", messages);
      WANTED.forEach(
          (name, pattern) -> {
            if (pattern.matcher(all).find()) {
              SEEN.merge(name, 1, Integer::sum);
            }
          });
    }

    /** The wanted outcomes never reached so far. */
    static List<String> missing() {
      return WANTED.keySet().stream().filter(k -> !SEEN.containsKey(k)).sorted().toList();
    }

    static String seen() {
      return new TreeMap<>(SEEN).toString();
    }
  }

  private final Side sqlite;
  private final Side postgres;

  private MeetupWalk(Side sqlite, Side postgres) {
    this.sqlite = sqlite;
    this.postgres = postgres;
  }

  /** Both databases, fresh. */
  static MeetupWalk open() {
    return new MeetupWalk(new Side(TempDatabase.sqlite()), new Side(TempDatabase.postgres()));
  }

  void close() throws Exception {
    sqlite.platform.close();
    postgres.platform.close();
  }

  /**
   * Plays {@code steps} as walk number {@code walk} (which names its accounts apart from other
   * walks on the same databases).
   *
   * @return the first broken promise, with the step it broke at; empty when all held
   */
  Optional<String> play(List<Step> steps, int walk) {
    sqlite.begin(walk);
    postgres.begin(walk);
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      String a = sqlite.step(step);
      String b = postgres.step(step);
      Optional<String> broken =
          first(
              () -> crashed(a),
              () -> crashed(b),
              () -> sqlite.broken(),
              () -> postgres.broken(),
              () -> differ("answers", a, b),
              () -> differ("messages", sqlite.messages.toString(), postgres.messages.toString()),
              () -> differ("state", sqlite.digest(), postgres.digest()));
      if (broken.isPresent()) {
        return Optional.of("step " + (i + 1) + " " + step.java() + ": " + broken.get());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> crashed(String answer) {
    return answer.contains("Something went wrong")
        ? Optional.of("a command failed (see the log): " + answer)
        : Optional.empty();
  }

  @SafeVarargs
  private static Optional<String> first(Supplier<Optional<String>>... checks) {
    for (Supplier<Optional<String>> check : checks) {
      Optional<String> found = check.get();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> differ(String what, String sqlite, String postgres) {
    return sqlite.equals(postgres)
        ? Optional.empty()
        : Optional.of(
            "the databases differ in "
                + what
                + ":\n  SQLite:     "
                + sqlite
                + "\n  PostgreSQL: "
                + postgres);
  }

  /**
   * Shrinks a failing sequence to one where removing any single step, or any run of steps tried,
   * makes it pass; each try runs on fresh databases.
   */
  static List<Step> shrink(List<Step> failing) throws Exception {
    List<Step> current = new ArrayList<>(failing);
    for (int chunk = Math.max(1, current.size() / 2); chunk >= 1; chunk /= 2) {
      boolean removed = true;
      while (removed) {
        removed = false;
        for (int from = 0; from + chunk <= current.size(); from++) {
          List<Step> candidate = new ArrayList<>(current);
          candidate.subList(from, from + chunk).clear();
          if (fails(candidate)) {
            current = candidate;
            removed = true;
            break;
          }
        }
      }
    }
    return current;
  }

  /** Whether the steps break a promise on fresh databases. */
  static boolean fails(List<Step> steps) throws Exception {
    return failure(steps).isPresent();
  }

  static Optional<String> failure(List<Step> steps) throws Exception {
    MeetupWalk fresh = open();
    try {
      return fresh.play(steps, 0);
    } finally {
      fresh.close();
    }
  }

  static String java(List<Step> steps) {
    return steps.stream()
        .map(Step::java)
        .collect(Collectors.joining(",\n    ", "List.of(\n    ", ")"));
  }

  /** One database with its own jabu, clock and outbox watch. */
  static final class Side {
    final FakePlatform platform;
    final MeetupService service;
    final List<Long> created = new ArrayList<>();
    final List<String> messages = new ArrayList<>();
    private final List<String> broken = new ArrayList<>();
    private final Map<Long, String> frozen = new HashMap<>();
    private long seenOutboxId;
    private String suffix = "";
    long cancelling = -1;
    private String digest = "";
    private Map<String, List<String>> people = Map.of();

    Side(Database database) {
      MeetupFixture fixture =
          MeetupFixture.on(
              database,
              CoreSettings.defaults().withRateLimit(1_000_000, Duration.ofMinutes(1)),
              ReminderSettings.defaults());
      this.platform = fixture.platform;
      this.service = fixture.service;
      platform.jabu().outbox().onEnqueued(this::checkQueued);
    }

    void begin(int walk) {
      suffix = "w" + walk;
      created.clear();
      frozen.clear();
      people = Map.of();
      broken.clear();
      seenOutboxId = maxOutboxId();
    }

    Instant clock() {
      return platform.clock().instant();
    }

    String account(String name) {
      return name + suffix;
    }

    Member member(String name) {
      return platform.member(account(name));
    }

    Member mod() {
      return platform.moderator("discord:mod" + suffix);
    }

    /** The real id of the walk's meetup {@code n}; 0 (no such meetup) when not created yet. */
    long id(int n) {
      return n <= created.size() ? created.get(n - 1) : 0;
    }

    /** The answer as the member reads it, with link codes and the walk's suffix taken out. */
    String say(Member who, String line) {
      return normal(sayRaw(who, line));
    }

    String sayRaw(Member who, String line) {
      return platform.text(platform.say(who, line, Locale.ENGLISH));
    }

    String normal(String text) {
      return CODE.matcher(text).replaceAll("CODE").replace(suffix, "");
    }

    String step(Step step) {
      messages.clear();
      String answer = step.run(this);
      Outcomes.count(answer, messages);
      if (people.isEmpty() || step instanceof Link || step instanceof Unlink) {
        people = people(); // only links change who is whom
      }
      digest = checkState();
      return answer;
    }

    /** What both databases must agree on after the step: each meetup's list, and who is whom. */
    String digest() {
      return digest;
    }

    Optional<String> broken() {
      return broken.isEmpty() ? Optional.empty() : Optional.of("SQL side " + broken);
    }

    private void fail(String what) {
      broken.add(platform.database().dialect() + ": " + what);
    }

    private Meetup meetup(long id) {
      return service.find(id).orElseThrow();
    }

    /** Every account's person, as its accounts; checks one account per platform per person. */
    private Map<String, List<String>> people() {
      Map<String, List<String>> people = new TreeMap<>();
      for (String name : ACCOUNTS) {
        String account = account(name);
        List<String> accounts =
            service.identities().accountsOf(service.identities().personOf(account));
        people.put(account, accounts);
        List<String> platforms =
            accounts.stream().map(a -> a.substring(0, a.indexOf(':'))).toList();
        if (new TreeSet<>(platforms).size() != platforms.size()) {
          fail(account + " is one of a person with two accounts on one platform: " + accounts);
        }
      }
      return people;
    }

    /** Checks the promises about the ledger and the people after a step; returns the digest. */
    private String checkState() {
      Instant now = clock();
      Map<String, Object> state = new LinkedHashMap<>();
      for (long id : created) {
        Meetup m = meetup(id);
        Stage stage = Stage.of(m, now);
        List<RsvpLedger.Holder> holders = service.ledger().holders(id);
        checkMeetup(m, stage, holders, people);
        state.put("#" + id, stage + " cap " + m.capacity() + " " + projection(holders));
      }
      Map<String, List<String>> sorted = new TreeMap<>();
      people.forEach(
          (account, accounts) -> sorted.put(account, accounts.stream().sorted().toList()));
      state.put("people", sorted);
      return state.toString().replace(suffix, "");
    }

    private void checkMeetup(
        Meetup m, Stage stage, List<RsvpLedger.Holder> holders, Map<String, List<String>> people) {
      long id = m.id();
      List<RsvpLedger.Holder> seats = holders.stream().filter(RsvpLedger.Holder::seat).toList();
      List<Integer> waiting =
          holders.stream().filter(h -> !h.seat()).map(RsvpLedger.Holder::position).toList();
      if (seats.size() > m.capacity()) {
        fail("#" + id + " has " + seats.size() + " seats for a capacity of " + m.capacity());
      }
      for (int i = 0; i < waiting.size(); i++) {
        if (waiting.get(i) != i + 1) {
          fail("#" + id + " waitlist is not 1..n: " + waiting);
          break;
        }
      }
      if (!stage.frozen() && !waiting.isEmpty() && seats.size() < m.capacity()) {
        fail("#" + id + " has a free seat while " + waiting.size() + " wait");
      }
      if (stage == Stage.DRAFT && !holders.isEmpty()) {
        fail("#" + id + " is a draft with places taken");
      }
      if (!stage.frozen()) {
        Map<String, Long> places =
            holders.stream()
                .collect(
                    Collectors.groupingBy(
                        h -> personOf(h.userKey(), people), Collectors.counting()));
        places.forEach(
            (person, n) -> {
              if (n > 1) {
                fail("#" + id + ": " + person + " holds " + n + " places");
              }
            });
      }
      // what members and organizers see of it; the minute check marking it finished is no change
      String picture =
          List.of(m.title(), m.start(), m.end(), m.capacity(), m.rsvpClosed(), m.organizers())
              + " "
              + (stage == Stage.CANCELLED ? m.sequence() + " " : "")
              + projection(holders);
      if (stage.frozen()) {
        String before = frozen.putIfAbsent(id, picture);
        if (before != null && !before.equals(picture)) {
          fail(
              "#"
                  + id
                  + " changed after it was "
                  + stage
                  + ":\n    "
                  + before
                  + "\n -> "
                  + picture);
        }
      }
    }

    /** A person as the sorted set of their accounts; an account outside the walk is itself. */
    private static String personOf(String account, Map<String, List<String>> people) {
      List<String> accounts = people.getOrDefault(account, List.of(account));
      return accounts.stream().sorted().toList().toString();
    }

    /** Who holds what, as members see it: the account, seat or place, and attendance. */
    private static List<String> projection(List<RsvpLedger.Holder> holders) {
      return holders.stream()
          .map(
              h ->
                  h.userKey()
                      + (h.seat() ? " seat" : " #" + h.position())
                      + (h.attended() ? " came" : ""))
          .toList();
    }

    private long maxOutboxId() {
      return platform
          .database()
          .withConnection(
              c -> {
                try (PreparedStatement q = c.prepareStatement("SELECT MAX(id) FROM outbox");
                    ResultSet r = q.executeQuery()) {
                  r.next();
                  return r.getLong(1);
                }
              });
    }

    /**
     * Called as each outbox row is stored, on the thread that queued it: checks what it says
     * against the ledger as it is at that moment.
     */
    private void checkQueued() {
      List<String[]> rows =
          platform
              .database()
              .withConnection(
                  c -> {
                    List<String[]> found = new ArrayList<>();
                    try (PreparedStatement q =
                        c.prepareStatement(
                            "SELECT id, message_key, destination, operation, payload FROM outbox"
                                + " WHERE id > ? ORDER BY id")) {
                      q.setLong(1, seenOutboxId);
                      try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                          found.add(
                              new String[] {
                                r.getString(1),
                                r.getString(2),
                                r.getString(3),
                                r.getString(4),
                                r.getString(5)
                              });
                        }
                      }
                    }
                    return found;
                  });
      for (String[] row : rows) {
        seenOutboxId = Math.max(seenOutboxId, Long.parseLong(row[0]));
        String text = platform.text(RichMessageJson.read(row[4]));
        String key = row[1];
        messages.add(
            key.replaceAll("-\\d+-\\d+$", "").replace(suffix, "")
                + " "
                + row[3]
                + " "
                + row[2].replace(suffix, "")
                + ": "
                + text.replace(suffix, ""));
        checkMessage(key, row[2], text);
      }
    }

    private void checkMessage(String key, String destination, String text) {
      Matcher meetupKey = MEETUP_KEY.matcher(key);
      Matcher linkKey = LINK_KEY.matcher(key);
      if (meetupKey.matches()) {
        long id = Long.parseLong(meetupKey.group(1));
        Meetup m = meetup(id);
        if (m.status() == Meetup.Status.CANCELLED && cancelling != id) {
          fail("a message about cancelled #" + id + ": " + key);
        }
        String kind = meetupKey.group(2);
        if (kind.equals("promoted")) {
          String account = dmAccount(destination);
          String person = service.identities().personOf(account);
          boolean seated =
              service.ledger().holders(id).stream()
                  .anyMatch(
                      h -> h.seat() && service.identities().personOf(h.userKey()).equals(person));
          if (!seated || Stage.of(m, clock()).frozen()) {
            fail(account + " is told of a seat at #" + id + " it does not hold: " + key);
          }
        } else if (kind.equals("cancelled")) {
          if (m.status() != Meetup.Status.CANCELLED) {
            fail("told of a cancel of #" + id + " that is not cancelled");
          }
        } else if (kind.equals("announcement")) {
          RsvpLedger.Counts counts = service.ledger().counts(id);
          String seats = counts.seats() + " / " + m.capacity();
          if (!text.contains(seats)) {
            fail("announcement of #" + id + " does not show " + seats + ": " + text);
          }
        } else {
          fail("an unexpected message: " + key);
        }
      } else if (linkKey.matches()) {
        String to = dmAccount(destination);
        String about = linkKey.group(3);
        boolean together =
            service.identities().personOf(to).equals(service.identities().personOf(about));
        if (together != linkKey.group(2).equals("linked")) {
          fail(to + " is told it is " + linkKey.group(2) + " with " + about + ", which is not so");
        }
      } else {
        fail("an unexpected message: " + key);
      }
    }

    /** {@code discord:@alice} → {@code discord:alice}. */
    private static String dmAccount(String destination) {
      return UserRef.parse(destination.replaceFirst(":@", ":")).key();
    }
  }
}

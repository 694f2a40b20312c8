package dev.jabu.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.usergroups.users.UsergroupsUsersListResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import dev.jabu.core.MemoryBudget;
import dev.jabu.core.engine.Member;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a Slack member id into the core's {@link Member}. Slack has no roles; a configured user
 * group stands in for one: its members get the group's id as a role, which the core's moderator
 * list names. The group's members are read with {@code usergroups.users.list} and kept for a few
 * minutes; when Slack cannot be asked, the last list known stays in use.
 */
final class SlackMembers {
  private static final Logger log = LoggerFactory.getLogger(SlackMembers.class);
  static final Duration GROUP_MEMORY = Duration.ofMinutes(5);

  /** Slack sends no locale with commands or clicks; {@code users.info} is asked once an hour. */
  static final Duration LOCALE_MEMORY = Duration.ofHours(1);

  /** How long an answer waits for Slack to tell a locale before using the community's. */
  static final Duration LOCALE_PATIENCE = Duration.ofMillis(500);

  private final Optional<String> group;
  private final MethodsClient client;
  private final Clock clock;
  private final Locale community;

  /**
   * Lookups run on threads of their own, a few at a time: not on the JVM's common pool, which has a
   * single thread on a two-core machine and would queue every new member's first command behind the
   * others'. When many are waiting already, the member gets the community's language now and is
   * looked up on a later command.
   */
  private static final int LOOKUP_THREADS = 4;

  private static final int LOOKUPS_WAITING = 1_000;

  private final ThreadPoolExecutor lookups =
      new ThreadPoolExecutor(
          LOOKUP_THREADS,
          LOOKUP_THREADS,
          30,
          TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(LOOKUPS_WAITING),
          runnable -> {
            Thread thread = new Thread(runnable, "jabu-slack-locale");
            thread.setDaemon(true);
            return thread;
          });

  {
    lookups.allowCoreThreadTimeOut(true); // no idle threads left behind by a quiet workspace
  }

  private final Cache<String, CompletableFuture<Locale>> locales =
      Caffeine.newBuilder()
          .expireAfterWrite(LOCALE_MEMORY)
          .maximumSize(MemoryBudget.ACTIVE_MEMBERS)
          .build();
  private volatile Set<String> groupMembers = Set.of();
  private volatile Instant readAt = Instant.MIN;

  SlackMembers(Optional<String> group, MethodsClient client, Clock clock, Locale community) {
    this.group = group;
    this.client = client;
    this.clock = clock;
    this.community = community;
  }

  /**
   * The language the member set in Slack, when jabu writes it (Korean or English); the community's
   * otherwise, and while Slack is slow to tell (the lookup goes on and serves the next command).
   */
  Locale locale(String userId) {
    CompletableFuture<Locale> known;
    try {
      known = locales.get(userId, id -> CompletableFuture.supplyAsync(() -> ask(id), lookups));
    } catch (RejectedExecutionException busy) {
      return community; // nothing remembered: asked again on the member's next command
    }
    try {
      return known.get(LOCALE_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException slow) {
      return community;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return community;
    } catch (ExecutionException e) {
      return community;
    }
  }

  private Locale ask(String userId) {
    try {
      UsersInfoResponse answer = client.usersInfo(r -> r.user(userId).includeLocale(true));
      if (!answer.isOk() || answer.getUser() == null || answer.getUser().getLocale() == null) {
        log.debug("no Slack locale for {}: {}", userId, answer.getError());
        return community;
      }
      String tag = answer.getUser().getLocale().toLowerCase(Locale.ROOT);
      if (tag.startsWith("ko")) {
        return Locale.KOREAN;
      }
      return tag.startsWith("en") ? Locale.ENGLISH : community;
    } catch (Exception e) {
      log.debug("cannot ask Slack for the locale of {}: {}", userId, e.toString());
      return community;
    }
  }

  Member member(String userId, String displayName) {
    UserRef user = new UserRef(Platform.SLACK, userId, displayName);
    if (group.isPresent() && groupMembers().contains(userId)) {
      return Member.of(user).withRoles(Set.of(group.get()));
    }
    return Member.of(user);
  }

  private Set<String> groupMembers() {
    Instant now = clock.instant();
    if (readAt.plus(GROUP_MEMORY).isAfter(now)) {
      return groupMembers;
    }
    synchronized (this) {
      if (readAt.plus(GROUP_MEMORY).isAfter(now)) {
        return groupMembers;
      }
      try {
        UsergroupsUsersListResponse answer =
            client.usergroupsUsersList(r -> r.usergroup(group.orElseThrow()));
        if (answer.isOk()) {
          groupMembers = Set.copyOf(answer.getUsers());
        } else {
          log.warn("cannot read the moderators' user group: {}", answer.getError());
        }
      } catch (Exception e) {
        log.warn("cannot read the moderators' user group: {}", e.toString());
      }
      readAt = now;
      return groupMembers;
    }
  }
}

package dev.jabu.discord;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.Feature;
import dev.jabu.core.Jabu;
import dev.jabu.core.command.CommandModule;
import dev.jabu.core.engine.Moderators;
import dev.jabu.core.glossary.GlossaryCommands;
import dev.jabu.core.glossary.GlossaryLoader;
import dev.jabu.core.glossary.GlossaryService;
import dev.jabu.core.glossary.JdbcGlossaryStore;
import dev.jabu.core.meetup.MeetupFeature;
import dev.jabu.core.meetup.MeetupService;
import dev.jabu.core.outbox.OutboxDispatcher;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.store.Database;
import dev.jabu.core.testkit.FakePlatform;
import dev.jabu.core.testkit.MutableClock;
import dev.jabu.core.testkit.TempDatabase;
import dev.jabu.discord.fake.FakeDiscord;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * jabu's core with the shipped glossary and the meetup feature, connected through the real JDA and
 * {@link DiscordAdapter} to a {@link FakeDiscord}. Members of the fake are moderators when they
 * hold its moderator role, as configured in {@code discord.moderators.roles}.
 */
final class DiscordHarness implements AutoCloseable {
  /** The shipped glossary, from the repository's config folder. */
  static final Path GLOSSARY = Path.of("..", "config", "glossary");

  final MutableClock clock = MutableClock.at(Instant.parse("2026-11-23T10:00:00Z"));
  final Database database = TempDatabase.sqlite();
  final FakeDiscord discord;
  final Jabu jabu;
  final DiscordAdapter adapter;
  final AtomicReference<MeetupService> meetups = new AtomicReference<>();

  DiscordHarness(CommandModule... extra) {
    this(settings -> settings, extra);
  }

  DiscordHarness(java.util.function.UnaryOperator<DiscordSettings> tune, CommandModule... extra) {
    this(false, 1, tune, List.of(), extra);
  }

  /** With more features after the glossary and meetups, e.g. recaps, which need the services. */
  DiscordHarness(
      java.util.function.UnaryOperator<DiscordSettings> tune,
      List<Feature> more,
      CommandModule... extra) {
    this(false, 1, tune, more, extra);
  }

  DiscordHarness(
      boolean announceInTheFake,
      int shards,
      java.util.function.UnaryOperator<DiscordSettings> tune,
      CommandModule... extra) {
    this(announceInTheFake, shards, tune, List.of(), extra);
  }

  /**
   * With {@code announceInTheFake}, meetups are announced in the fake's announcement channel only,
   * as {@code discord.channels.announcements} would set it; the fake asks for {@code shards}
   * gateway shards.
   */
  DiscordHarness(
      boolean announceInTheFake,
      int shards,
      java.util.function.UnaryOperator<DiscordSettings> tune,
      List<Feature> more,
      CommandModule... extra) {
    this.discord = FakeDiscord.start(clock, shards);
    CoreSettings defaults = CoreSettings.defaults();
    CoreSettings settings =
        (announceInTheFake
                ? new CoreSettings(
                    defaults.communityName(),
                    defaults.zone(),
                    defaults.defaultLocale(),
                    defaults.rateLimitCount(),
                    defaults.rateLimitWindow(),
                    defaults.moderators(),
                    java.util.List.of(
                        dev.jabu.core.platform.ChannelRef.of(
                            Platform.DISCORD, discord.announcements)),
                    defaults.moments())
                : defaults)
            .withModerators(
                new Moderators(Map.of(), Map.of(Platform.DISCORD, Set.of(discord.moderatorRole))));
    List<Feature> features = features(meetups);
    features.addAll(more);
    for (CommandModule module : extra) {
      features.add(Feature.of(module));
    }
    this.jabu = new Jabu(settings, FakePlatform.SCHEDULER, database, clock, features);
    DiscordSettings discordSettings =
        DiscordSettings.of(FakeDiscord.TOKEN)
            .withGuild(discord.guildId)
            .withEndpoints(discord.apiUrl(), Optional.of(discord.gatewayUrl()));
    this.adapter = new DiscordAdapter(tune.apply(discordSettings), jabu);
  }

  /** The shipped glossary and the meetup feature, as the launcher installs them. */
  static List<Feature> features(AtomicReference<MeetupService> meetups) {
    List<Feature> features = new ArrayList<>();
    features.add(
        services -> {
          try {
            GlossaryService glossary =
                new GlossaryService(
                    GlossaryLoader.load(GLOSSARY).entries(),
                    new JdbcGlossaryStore(services.database()),
                    services.clock());
            glossary.warmUp(); // as the launcher does before a platform connects
            return new GlossaryCommands(glossary, services.outbox());
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
    features.add(
        services -> {
          meetups.set(MeetupFeature.service(services));
          return MeetupFeature.commands(meetups.get(), Optional.empty());
        });
    return features;
  }

  DiscordHarness start() throws Exception {
    adapter.start();
    return this;
  }

  /** Delivers what is due in the outbox through the Discord sender, once. */
  OutboxDispatcher dispatcher() {
    return jabu.dispatcher(List.of(adapter.sender()));
  }

  static Duration patience() {
    return Duration.ofSeconds(10);
  }

  @Override
  public void close() throws Exception {
    adapter.close();
    discord.close();
    database.close();
  }
}

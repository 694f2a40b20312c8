package dev.jabu.bench;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.Jabu;
import dev.jabu.core.command.CommandModule;
import dev.jabu.core.command.CommandSpec;
import dev.jabu.core.engine.Invocation;
import dev.jabu.core.engine.Member;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import dev.jabu.core.store.Database;
import dev.jabu.core.store.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code Engine.handle} for a trivial command on one thread, through the whole middleware chain
 * (dedupe, rate limit, parse, audit check, permission). Target: at least 200,000 ops/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class EngineBenchmark {
  private Database database;
  private Jabu jabu;
  private Invocation member;
  private Invocation withOption;

  @Setup
  public void setUp() throws Exception {
    Path dir = Files.createTempDirectory("jabu-bench");
    database = Database.open(DatabaseUrl.resolve(null, dir.resolve("bench.db")));
    CommandModule ping =
        () ->
            List.of(
                CommandSpec.command("ping")
                    .description("핑", "Ping")
                    .handler(ctx -> Reply.publicly(RichMessage.text("pong")))
                    .build());
    // A limit no single-threaded loop reaches, so the rate limiter runs but never refuses.
    CoreSettings settings =
        CoreSettings.defaults().withRateLimit(Integer.MAX_VALUE, Duration.ofMillis(1));
    jabu = new Jabu(settings, database, Clock.systemUTC(), List.of(dev.jabu.core.Feature.of(ping)));
    Member alice = new Member(UserRef.parse("discord:alice"), Set.of(), false, false);
    member =
        Invocation.text(alice, ChannelRef.of(Platform.DISCORD, "general"), Locale.KOREAN, "/ping");
    withOption =
        Invocation.text(
            alice, ChannelRef.of(Platform.DISCORD, "general"), Locale.KOREAN, "/help about");
  }

  @TearDown
  public void tearDown() {
    database.close();
  }

  @Benchmark
  public Reply trivialCommand() {
    return jabu.engine().handle(member);
  }

  @Benchmark
  public Reply helpForOneCommand() {
    return jabu.engine().handle(withOption);
  }
}

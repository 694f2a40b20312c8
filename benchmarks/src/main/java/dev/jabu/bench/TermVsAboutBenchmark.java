package dev.jabu.bench;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.Jabu;
import dev.jabu.core.engine.Invocation;
import dev.jabu.core.engine.Member;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.glossary.GlossaryCommands;
import dev.jabu.core.glossary.GlossaryLoader;
import dev.jabu.core.glossary.GlossaryService;
import dev.jabu.core.glossary.JdbcGlossaryStore;
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
 * {@code /term} against {@code /about} through the whole engine (dedupe, rate limit, parse,
 * permission, handler, statistics) on SQLite with the shipped glossary, in the same run. Target
 * (issue 18): {@code /term} at least half of {@code /about}'s throughput, which needs the query
 * statistics counted in memory rather than committed per answer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class TermVsAboutBenchmark {
  private Database database;
  private GlossaryService glossary;
  private Jabu jabu;
  private Invocation about;
  private Invocation term;
  private Invocation sentence;

  @Setup
  public void setUp() throws Exception {
    Path dir = Files.createTempDirectory("jabu-bench");
    database = Database.open(DatabaseUrl.resolve(null, dir.resolve("bench.db")));
    Path folder = Path.of(System.getProperty("jabu.glossary", "config/glossary"));
    CoreSettings settings =
        CoreSettings.defaults().withRateLimit(Integer.MAX_VALUE, Duration.ofMillis(1));
    jabu =
        new Jabu(
            settings,
            database,
            Clock.systemUTC(),
            List.of(
                services -> {
                  try {
                    glossary =
                        new GlossaryService(
                            GlossaryLoader.load(folder).entries(),
                            new JdbcGlossaryStore(services.database()),
                            services.clock());
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                  return new GlossaryCommands(glossary, services.outbox());
                }));
    Member alice = new Member(UserRef.parse("discord:alice"), Set.of(), false, false);
    ChannelRef general = ChannelRef.of(Platform.DISCORD, "general");
    about = Invocation.text(alice, general, Locale.KOREAN, "/about");
    term = Invocation.text(alice, general, Locale.KOREAN, "/term k8s");
    sentence = Invocation.text(alice, general, Locale.KOREAN, "/term 도커랑 포드맨 차이가 뭐야?");
  }

  @TearDown
  public void tearDown() {
    glossary.close();
    database.close();
  }

  @Benchmark
  public Reply about() {
    return jabu.engine().handle(about);
  }

  @Benchmark
  public Reply termName() {
    return jabu.engine().handle(term);
  }

  @Benchmark
  public Reply termComparison() {
    return jabu.engine().handle(sentence);
  }
}

package dev.jabu.core.meetup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.jabu.core.testkit.RequiresPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random walks of meetups and linked accounts on SQLite and PostgreSQL at once ({@link
 * MeetupWalk}). The default run is small enough for every build; a bigger one: {@code
 * -Djabu.walks=3000 -Djabu.walk.steps=40}, and {@code -Djabu.walk.seed=N} explores other walks. A
 * failure is shrunk to a minimal sequence, printed as Java to keep in {@link
 * MeetupWalkRegressionTest}.
 */
@RequiresPostgres
class MeetupWalkTest {
  private static final int DEFAULT_WALKS = 40;
  private static final int WALKS = Integer.getInteger("jabu.walks", DEFAULT_WALKS);
  private static final int STEPS = Integer.getInteger("jabu.walk.steps", 30);
  private static final long SEED = Long.getLong("jabu.walk.seed", 20261207L);

  @Test
  void everyPromiseHoldsAfterEveryStepOnBothDatabases() throws Exception {
    Random random = new Random(SEED);
    MeetupWalk walk = MeetupWalk.open();
    try {
      for (int n = 1; n <= WALKS; n++) {
        List<MeetupWalk.Step> steps = new ArrayList<>();
        for (int i = 0; i < STEPS; i++) {
          int created = (int) steps.stream().filter(s -> s instanceof MeetupWalk.Create).count();
          steps.add(MeetupWalk.randomStep(random, created));
        }
        Optional<String> broken = walk.play(steps, n);
        if (broken.isPresent()) {
          List<MeetupWalk.Step> minimal = MeetupWalk.shrink(steps);
          fail(
              "walk %d (seed %d) broke a promise: %s%nshrunk to %d steps, which break it so: %s%n%s",
              n,
              SEED,
              broken.get(),
              minimal.size(),
              MeetupWalk.failure(minimal).orElse("(passes on fresh databases)"),
              MeetupWalk.java(minimal));
        }
      }
    } finally {
      walk.close();
    }
    System.out.println("meetup walks reached: " + MeetupWalk.Outcomes.seen());
    if (WALKS >= DEFAULT_WALKS) {
      // a run this long must get everywhere; a shorter one (while debugging) may not
      assertThat(MeetupWalk.Outcomes.missing()).as("outcomes no walk reached").isEmpty();
    }
  }
}

package dev.jabu.core.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class GoldenTest {
  @BeforeEach
  void notWhileUpdating() {
    assumeFalse(Boolean.getBoolean(Golden.UPDATE_PROPERTY), "golden files are being rewritten");
  }

  @Test
  void matchingOutputPasses(TestInfo test) {
    Golden.assertMatches(test, "첫 줄\n둘째 줄");
  }

  @Test
  void differentOutputFails(TestInfo test) {
    assertThatThrownBy(() -> Golden.assertMatches(test, "what a user sees now"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("differentOutputFails.txt");
  }

  @Test
  void missingGoldenFileFailsAndSaysHowToCreateIt(TestInfo test) {
    assertThatThrownBy(() -> Golden.assertMatches(test, "anything"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("-D" + Golden.UPDATE_PROPERTY + "=true");
  }
}

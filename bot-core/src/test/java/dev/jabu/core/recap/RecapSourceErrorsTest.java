package dev.jabu.core.recap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.engine.Member;
import dev.jabu.core.platform.UserRef;
import dev.jabu.core.testkit.FakePlatform;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 20, item 8: a source that cannot be read is explained by what is wrong with it. */
class RecapSourceErrorsTest {
  private final RecapFixture fixture = RecapFixture.start(false);
  private final FakePlatform platform = fixture.platform;
  private final Member operator =
      new Member(
          UserRef.parse("console:operator"), Set.of(FakePlatform.MODERATOR_ROLE), true, false);

  @AfterEach
  void close() throws Exception {
    fixture.close();
  }

  private String say(String line, Locale locale) {
    return platform.text(platform.say(operator, line, locale));
  }

  @Test
  void issue20_8_aPortOutOfRangeIsNamedNotTheScheme() {
    String en = say("/recap preview url:\"http://127.0.0.1:99999/\"", Locale.ENGLISH);
    assertThat(en).contains("99999", "port").doesNotContain("must start with");
    assertThat(say("/recap preview url:\"http://127.0.0.1:99999/\"", Locale.KOREAN))
        .contains("99999", "포트");
  }

  @Test
  void issue20_8_aSpaceInTheHostIsNamedNotTheScheme() {
    String en = say("/recap preview url:\"http://a b/\"", Locale.ENGLISH);
    assertThat(en).contains("space").doesNotContain("must start with");
    assertThat(say("/recap preview url:\"http://a b/\"", Locale.KOREAN)).contains("공백");
  }

  @Test
  void issue20_8_aFileThatExistsButIsNotARegularFileIsNotCalledMissing() {
    String en = say("/recap preview file:/dev/null", Locale.ENGLISH);
    assertThat(en).contains("not a regular file").doesNotContain("No such file");
    assertThat(say("/recap preview file:/dev/null", Locale.KOREAN)).contains("일반 파일이 아니");
    String folder = say("/recap preview file:.", Locale.ENGLISH);
    assertThat(folder).contains("folder").doesNotContain("No such file");
  }

  @Test
  void aSchemeThatIsNotHttpIsStillNamed() {
    assertThat(say("/recap preview url:ftp://example.com/a.md", Locale.ENGLISH))
        .contains("must start with http:// or https://");
  }
}

package dev.jabu.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.CoreSettings;
import dev.jabu.core.Feature;
import dev.jabu.core.engine.Member;
import dev.jabu.core.privacy.Forgotten;
import dev.jabu.core.testkit.FakePlatform;
import dev.jabu.core.testkit.TempDatabase;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A member who suggested an entry and then asked to be forgotten: the suggestion stays for the
 * moderators, without their name, and nobody is written to when it is decided.
 */
class GlossaryForgetMeTest {
  private final FakePlatform platform =
      FakePlatform.on(TempDatabase.sqlite(), CoreSettings.defaults(), List.of(withPersonalData()));
  private final Member alice = platform.member("discord:alice");
  private final Member mod = platform.moderator("slack:UMOD");

  @AfterEach
  void close() throws Exception {
    platform.close();
  }

  private static Feature withPersonalData() {
    Feature glossary = GlossaryFixture.feature();
    return services -> {
      services.personalData().add(new GlossaryPersonalData(services.database()));
      return glossary.install(services);
    };
  }

  private String say(Member who, String line) {
    return platform.text(platform.say(who, line, Locale.ENGLISH));
  }

  @Test
  void aForgottenProposersSuggestionIsDecidedWithoutTellingAnyone() {
    say(alice, "/glossary suggest Backstage \"A framework for developer portals.\" category:tool");
    assertThat(say(alice, "/jabu my-data")).contains("1 glossary suggestion(s) you proposed");

    say(alice, "/jabu forget-me confirm");

    assertThat(say(mod, "/glossary queue"))
        .contains("#1 Backstage", Forgotten.KEY)
        .doesNotContain("discord:alice");
    assertThat(say(mod, "/glossary approve 1 개발자 포털을 만드는 프레임워크입니다."))
        .contains("Approved suggestion #1");
    assertThat(platform.posts()).isEmpty();
    assertThat(say(alice, "/jabu my-data")).doesNotContain("suggestion");
  }
}

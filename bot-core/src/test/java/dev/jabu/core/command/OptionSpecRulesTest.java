package dev.jabu.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a spec may declare for platforms that register options natively (Discord). */
class OptionSpecRulesTest {
  private static OptionSpec seats() {
    return OptionSpec.optional("seats", OptionType.INTEGER, "정원", "Seats");
  }

  @Test
  void choicesRangesAndKoreanNamesAreKept() {
    OptionSpec spec =
        OptionSpec.optional("kind", OptionType.STRING, "종류", "Kind")
            .withChoices(List.of(OptionSpec.Choice.of("tool", "도구", "tool")))
            .withKoreanName("종류");
    assertThat(spec.choices()).extracting(OptionSpec.Choice::value).containsExactly("tool");
    assertThat(spec.koreanName()).contains("종류");
    assertThat(seats().between(1, 10_000).min()).contains(1L);
    assertThat(seats().between(1, 10_000).max()).contains(10_000L);
  }

  @Test
  void whatNoPlatformWouldAcceptIsRefusedWhenDeclared() {
    List<OptionSpec.Choice> many = new ArrayList<>();
    for (int i = 0; i < 26; i++) {
      many.add(OptionSpec.Choice.of("v" + i, "값" + i, "value " + i));
    }
    OptionSpec text = OptionSpec.optional("kind", OptionType.STRING, "종류", "Kind");
    assertThatThrownBy(() -> text.withChoices(many)).hasMessageContaining("25");
    assertThatThrownBy(() -> seats().between(10, 1)).hasMessageContaining("min");
    assertThatThrownBy(() -> text.between(1, 2)).hasMessageContaining("integer");
    assertThatThrownBy(() -> text.withKoreanName("정 원")).hasMessageContaining("not a name");
    assertThatThrownBy(
            () -> seats().withChoices(List.of(OptionSpec.Choice.of("many", "많이", "many"))))
        .hasMessageContaining("numbers");
    assertThatThrownBy(() -> OptionSpec.Choice.of("x", "", "x")).hasMessageContaining("1 to 100");
    assertThat(OptionSpec.isLocalizedName("후기")).isTrue();
    assertThat(OptionSpec.isLocalizedName("Recap")).isFalse();
  }
}

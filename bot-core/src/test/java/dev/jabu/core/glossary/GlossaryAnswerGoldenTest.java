package dev.jabu.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jabu.core.message.PlainTextRenderer;
import dev.jabu.core.message.RichMessage;
import dev.jabu.core.message.RichMessageJson;
import dev.jabu.core.testkit.Golden;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Comparison and alternatives answers, locked as the console shows them and as the neutral message
 * the adapters render (Discord embed fields, Slack section fields).
 */
class GlossaryAnswerGoldenTest {
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private final GlossaryIndex index = new GlossaryIndex(GlossaryFixture.glossary());

  private RichMessage answer(String question, Locale locale) {
    SearchResult result = index.search(question);
    return new GlossaryAnswer(index.glossary(), locale).answer(result, question);
  }

  private static String console(RichMessage message, Locale locale) {
    return new PlainTextRenderer(SEOUL, locale).render(message);
  }

  @Test
  void koreanComparisonAtTheConsole(TestInfo test) {
    RichMessage message = answer("노마드랑 쿠버네티스 차이가 뭐야?", Locale.KOREAN);
    Golden.assertMatches(test, console(message, Locale.KOREAN));
  }

  @Test
  void englishComparisonAtTheConsole(TestInfo test) {
    RichMessage message = answer("Kubernetes vs Nomad", Locale.ENGLISH);
    Golden.assertMatches(test, console(message, Locale.ENGLISH));
  }

  @Test
  void comparisonAsTheNeutralMessage(TestInfo test) throws Exception {
    RichMessage message = answer("difference between Kubernetes and Nomad", Locale.ENGLISH);
    assertThat(message.blocks())
        .filteredOn(b -> b instanceof dev.jabu.core.message.Block.Fields)
        .as("both entries side by side, as inline fields")
        .singleElement()
        .satisfies(
            b ->
                assertThat(((dev.jabu.core.message.Block.Fields) b).fields())
                    .hasSize(2)
                    .allMatch(dev.jabu.core.message.Block.Field::inline));
    Golden.assertMatches(test, "json", json(message));
  }

  @Test
  void koreanAlternativesAtTheConsole(TestInfo test) {
    RichMessage message = answer("쿠버네티스 말고 쓸 만한 거", Locale.KOREAN);
    Golden.assertMatches(test, console(message, Locale.KOREAN));
  }

  @Test
  void englishAlternativesAtTheConsole(TestInfo test) {
    RichMessage message = answer("alternatives to Nomad", Locale.ENGLISH);
    Golden.assertMatches(test, console(message, Locale.ENGLISH));
  }

  @Test
  void alternativesAsTheNeutralMessage(TestInfo test) throws Exception {
    Golden.assertMatches(test, "json", json(answer("Nomad 대신 뭐 써요?", Locale.KOREAN)));
  }

  private static String json(RichMessage message) throws Exception {
    return new ObjectMapper()
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(RichMessageJson.toTree(message))
        + "\n";
  }
}

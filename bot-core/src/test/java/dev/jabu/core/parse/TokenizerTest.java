package dev.jabu.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private static List<Token> all(String line) throws Tokenizer.UnterminatedQuoteException {
    Tokenizer tokenizer = new Tokenizer(line);
    List<Token> tokens = new ArrayList<>();
    while (tokenizer.hasMore()) {
      tokens.add(tokenizer.next().orElseThrow());
    }
    return tokens;
  }

  private static List<String> texts(String line) throws Tokenizer.UnterminatedQuoteException {
    return all(line).stream().map(Token::text).toList();
  }

  @Test
  void splitsOnAnyWhitespace() throws Exception {
    assertThat(texts("  a \t b\n c\u3000d ")).containsExactly("a", "b", "c", "d");
    assertThat(texts("")).isEmpty();
  }

  @Test
  void quotesGroupAndMayJoinAWord() throws Exception {
    assertThat(texts("\"a b\" 'c d' \"\"")).containsExactly("a b", "c d", "");
    assertThat(texts("\"a\"b")).containsExactly("ab");
  }

  @Test
  void namePrefixIsRecognisedAndItsValueMayBeQuoted() throws Exception {
    Token token = all("title:\"A B\"").get(0);
    assertThat(token.optionName()).contains("title");
    assertThat(token.optionValue()).isEqualTo("A B");
    assertThat(all("\"title:x\"").get(0).optionName()).as("quoted: no name").isEmpty();
    assertThat(all("12:30").get(0).optionName()).isEmpty();
    assertThat(all("https://x").get(0).optionName()).contains("https");
  }

  @Test
  void positionsPointIntoTheRawLine() throws Exception {
    Token token = all("ab  \"c d\" e").get(1);
    assertThat(token.start()).isEqualTo(4);
    assertThat(token.end()).isEqualTo(9);
  }

  @Test
  void unterminatedQuoteReportsWhereItOpened() {
    assertThatThrownBy(() -> all("ab \"cd ef"))
        .isInstanceOfSatisfying(
            Tokenizer.UnterminatedQuoteException.class, e -> assertThat(e.position()).isEqualTo(3));
    assertThatThrownBy(() -> all("'it\\'"))
        .isInstanceOf(Tokenizer.UnterminatedQuoteException.class);
  }

  @Test
  void takeRestKeepsRawText() throws Exception {
    Tokenizer tokenizer = new Tokenizer("one  two \"three\"  ");
    assertThat(tokenizer.next().orElseThrow().text()).isEqualTo("one");
    assertThat(tokenizer.takeRest()).isEqualTo("two \"three\"");
    assertThat(tokenizer.hasMore()).isFalse();
  }

  @Test
  void restValueUnquotesOnlyAWholeQuotedString() {
    assertThat(Tokenizer.restValue("\"a b\"")).isEqualTo("a b");
    assertThat(Tokenizer.restValue("'a \\' b'")).isEqualTo("a ' b");
    assertThat(Tokenizer.restValue("\"a\" b \"c\"")).isEqualTo("\"a\" b \"c\"");
    assertThat(Tokenizer.restValue("\"a")).isEqualTo("\"a");
    assertThat(Tokenizer.restValue("plain")).isEqualTo("plain");
  }

  @Test
  void flags() throws Exception {
    assertThat(all("--title").get(0).looksLikeFlag()).isTrue();
    assertThat(all("\"--title\"").get(0).looksLikeFlag()).isFalse();
    assertThat(all("--").get(0).looksLikeFlag()).isFalse();
    assertThat(all("-5").get(0).looksLikeFlag()).isFalse();
  }
}

package dev.jabu.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A heading is not left alone at the end of a piece, away from the text it heads. */
class SplitterKeepsHeadingsTest {
  private static final LimitProfile SMALL =
      new LimitProfile("small", 60, 60, 10, MessageSplitter::plainLength);

  private static Block.Paragraph text(String s) {
    return new Block.Paragraph(List.of(Span.text(s)));
  }

  private static Block.Heading heading(String s) {
    return new Block.Heading(3, List.of(Span.text(s)));
  }

  @Test
  void aHeadingThatWouldEndAPieceStartsTheNextOne() {
    RichMessage message =
        RichMessage.of(text("a".repeat(40)), heading("Next part"), text("b".repeat(40)));

    List<RichMessage> pieces = MessageSplitter.split(message, SMALL);

    assertThat(pieces)
        .containsExactly(
            RichMessage.of(text("a".repeat(40))),
            RichMessage.of(heading("Next part"), text("b".repeat(40))));
  }

  @Test
  void aHeadingStaysWhenItCannotFitWithWhatFollows() {
    RichMessage message =
        RichMessage.of(text("a".repeat(40)), heading("Next part"), text("b".repeat(55)));

    List<RichMessage> pieces = MessageSplitter.split(message, SMALL);

    assertThat(pieces)
        .containsExactly(
            RichMessage.of(text("a".repeat(40)), heading("Next part")),
            RichMessage.of(text("b".repeat(55))));
  }

  @Test
  void aHeadingAloneInItsPieceIsNotMoved() {
    RichMessage message = RichMessage.of(heading("H".repeat(50)), text("b".repeat(50)));

    assertThat(MessageSplitter.split(message, SMALL))
        .containsExactly(
            RichMessage.of(heading("H".repeat(50))), RichMessage.of(text("b".repeat(50))));
  }
}

package dev.jabu.core.message;

import java.util.ArrayList;
import java.util.List;

/**
 * The neutral message every reply and post is built as. Feature code builds these; only renderers
 * know a platform's syntax.
 */
public record RichMessage(List<Block> blocks, List<Button> buttons) {
  public RichMessage {
    blocks = List.copyOf(blocks);
    buttons = List.copyOf(buttons);
  }

  public static RichMessage of(Block... blocks) {
    return new RichMessage(List.of(blocks), List.of());
  }

  /** One paragraph of plain (escaped) text. */
  public static RichMessage text(String text) {
    return of(new Block.Paragraph(List.of(Span.text(text))));
  }

  public static Builder builder() {
    return new Builder();
  }

  public boolean isEmpty() {
    return blocks.isEmpty() && buttons.isEmpty();
  }

  public RichMessage withButtons(List<Button> buttons) {
    return new RichMessage(blocks, buttons);
  }

  /** Builds a message block by block. */
  public static final class Builder {
    private final List<Block> blocks = new ArrayList<>();
    private final List<Button> buttons = new ArrayList<>();

    public Builder heading(String text) {
      return block(new Block.Heading(1, List.of(Span.text(text))));
    }

    public Builder paragraph(Span... spans) {
      return block(new Block.Paragraph(List.of(spans)));
    }

    public Builder paragraph(String text) {
      return paragraph(Span.text(text));
    }

    public Builder context(String text) {
      return block(new Block.Context(List.of(Span.text(text))));
    }

    public Builder block(Block block) {
      blocks.add(block);
      return this;
    }

    public Builder button(Button button) {
      buttons.add(button);
      return this;
    }

    public RichMessage build() {
      return new RichMessage(blocks, buttons);
    }
  }
}

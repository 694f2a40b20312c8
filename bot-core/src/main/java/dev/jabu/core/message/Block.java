package dev.jabu.core.message;

import java.util.List;
import java.util.Objects;

/** A block of a {@link RichMessage}. Renderers map each kind to the platform's native form. */
public sealed interface Block {

  record Heading(int level, List<Span> spans) implements Block {
    public Heading {
      if (level < 1 || level > 6) {
        throw new IllegalArgumentException("heading level " + level);
      }
      spans = List.copyOf(spans);
    }
  }

  record Paragraph(List<Span> spans) implements Block {
    public Paragraph {
      spans = List.copyOf(spans);
    }
  }

  /** A list; each item is a list of blocks, so items may hold paragraphs and nested lists. */
  record ListBlock(boolean ordered, int start, List<List<Block>> items) implements Block {
    public ListBlock {
      items = items.stream().map(List::copyOf).toList();
    }
  }

  record Quote(List<Block> blocks) implements Block {
    public Quote {
      blocks = List.copyOf(blocks);
    }
  }

  /** Preformatted code; {@code language} is empty when unknown. */
  record CodeBlock(String language, String code) implements Block {
    public CodeBlock {
      language = language == null ? "" : language.trim();
      Objects.requireNonNull(code, "code");
    }
  }

  /**
   * Name/value pairs (Discord embed fields, Slack section fields). {@code sideBySide} asks for the
   * fields as columns where the platform has none of its own (the console shows a comparison's two
   * entries as two columns of text).
   */
  record Fields(List<Field> fields, boolean sideBySide) implements Block {
    public Fields {
      fields = List.copyOf(fields);
    }

    public Fields(List<Field> fields) {
      this(fields, false);
    }
  }

  record Field(String name, List<Span> value, boolean inline) {
    public Field {
      Objects.requireNonNull(name, "name");
      value = List.copyOf(value);
    }
  }

  record Image(String url, String alt) implements Block {
    public Image {
      Objects.requireNonNull(url, "url");
      alt = alt == null ? "" : alt;
    }
  }

  record Divider() implements Block {}

  /** A small, muted line (footers, hints, correlation ids). */
  record Context(List<Span> spans) implements Block {
    public Context {
      spans = List.copyOf(spans);
    }
  }
}

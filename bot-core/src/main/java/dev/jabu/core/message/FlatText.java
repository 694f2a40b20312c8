package dev.jabu.core.message;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of spans seen as one string, so boundaries can be found across span edges and the spans cut
 * back out with their styles. Text spans contribute their text; every other span (link, mention,
 * timestamp) is one uncuttable placeholder character.
 */
final class FlatText {
  private static final char ATOM = '\uFFFC';

  private final List<Span> spans;
  private final int[] starts;
  private final String text;

  private FlatText(List<Span> spans) {
    this.spans = spans;
    this.starts = new int[spans.size() + 1];
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < spans.size(); i++) {
      starts[i] = b.length();
      Span s = spans.get(i);
      if (s instanceof Span.Text t) {
        b.append(t.text());
      } else {
        b.append(ATOM);
      }
    }
    starts[spans.size()] = b.length();
    this.text = b.toString();
  }

  static FlatText of(List<Span> spans) {
    return new FlatText(List.copyOf(spans));
  }

  String text() {
    return text;
  }

  int length() {
    return text.length();
  }

  /** The spans covering {@code [from, to)}; a text span cut in two keeps its styles. */
  List<Span> slice(int from, int to) {
    List<Span> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      int lo = Math.max(starts[i], from);
      int hi = Math.min(starts[i + 1], to);
      if (lo >= hi) {
        continue;
      }
      Span s = spans.get(i);
      if (s instanceof Span.Text t) {
        out.add(new Span.Text(t.text().substring(lo - starts[i], hi - starts[i]), t.styles()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The spans with the uncuttable span at {@code pos} replaced by its plain text, so it can be cut;
   * or null when the span there is already text.
   */
  List<Span> withPlainAt(int pos) {
    for (int i = 0; i < spans.size(); i++) {
      if (starts[i] <= pos && pos < starts[i + 1] && !(spans.get(i) instanceof Span.Text)) {
        List<Span> copy = new ArrayList<>(spans);
        copy.set(i, Span.text(spans.get(i).plain()));
        return copy;
      }
    }
    return null;
  }

  static boolean isBlank(List<Span> spans) {
    return spans.stream().allMatch(s -> s instanceof Span.Text t && t.text().isBlank());
  }
}

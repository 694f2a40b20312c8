package dev.jabu.core.message;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.CustomBlock;

/**
 * A VuePress / VitePress custom container ({@code ::: tip}, {@code ::: warning Title}, {@code :::
 * details Title}), parsed by {@link ContainerParser}. It holds ordinary blocks as children.
 */
final class Container extends CustomBlock {
  /** The kinds shown as a labelled callout, with the label used when the container has no title. */
  private static final Map<String, String> CALLOUTS =
      Map.of(
          "tip", "💡 TIP",
          "info", "ℹ️ INFO",
          "note", "📝 NOTE",
          "important", "❗ IMPORTANT",
          "warning", "⚠️ WARNING",
          "caution", "⚠️ CAUTION",
          "danger", "🚫 DANGER",
          "details", "▸ Details");

  private final String kind;
  private final String title;
  private final int fenceLength;

  Container(String kind, String title, int fenceLength) {
    this.kind = kind.toLowerCase(Locale.ROOT);
    this.title = title.strip();
    this.fenceLength = fenceLength;
  }

  int fenceLength() {
    return fenceLength;
  }

  /**
   * The callout's label: its own title (after the kind's icon) or the kind's default. A kind that
   * only arranges content (VitePress {@code code-group}, {@code v-pre}, ...) has none, unless it
   * was given a title, whose words are never dropped.
   */
  Optional<String> label() {
    String fallback = CALLOUTS.get(kind);
    if (fallback == null) {
      return title.isEmpty() ? Optional.empty() : Optional.of(title);
    }
    if (title.isEmpty()) {
      return Optional.of(fallback);
    }
    String icon = fallback.substring(0, fallback.indexOf(' '));
    return Optional.of(icon + " " + title);
  }

  /** A fence line that closed no container: it holds nothing and shows as nothing. */
  static final class Dropped extends CustomBlock {}
}

package dev.jabu.core.message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Renders a {@link RichMessage} as readable plain text for the console: no platform syntax, just
 * layout. Blocks are separated by one blank line, the same two characters {@link MessageSplitter}
 * counts between blocks; buttons follow on a last line as {@code [label: /command]}.
 *
 * <p>Timestamps are shown in the renderer's zone ({@code 2026-12-05 (토) 19:00 KST} in Korean,
 * {@code Sat 2026-12-05 19:00 KST} otherwise). Instances are immutable and thread-safe.
 */
public final class PlainTextRenderer {
  static final String BLOCK_SEPARATOR = "\n\n";
  private static final String DIVIDER = "────────";
  private static final String QUOTE_PREFIX = "│ ";
  private static final String[] BULLETS = {"•", "◦", "▪"};

  /** Width of each column when two fields are shown side by side: two fit in 80 columns. */
  static final int COLUMN = 38;

  private static final String COLUMN_GAP = " │ ";

  private final ZoneId zone;
  private final Locale locale;
  private final Clock clock;
  private final DateTimeFormatter date;
  private final DateTimeFormatter time;

  public PlainTextRenderer(ZoneId zone, Locale locale) {
    this(zone, locale, dev.jabu.core.Clocks.system().withZone(zone));
  }

  /** The same renderer for a reader of another language. */
  public PlainTextRenderer withLocale(Locale other) {
    return other.equals(locale) ? this : new PlainTextRenderer(zone, other, clock);
  }

  /** {@code clock} is "now" for {@link Span.TimestampStyle#RELATIVE} timestamps. */
  public PlainTextRenderer(ZoneId zone, Locale locale, Clock clock) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.locale = Objects.requireNonNull(locale, "locale");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.date =
        isKorean()
            ? DateTimeFormatter.ofPattern("yyyy-MM-dd (EEE)", Locale.KOREAN)
            : DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);
    // the zone abbreviation is always the short English one (KST, UTC), which readers recognise
    this.time = DateTimeFormatter.ofPattern("HH:mm z", Locale.ENGLISH);
  }

  public String render(RichMessage message) {
    List<String> parts = new ArrayList<>();
    for (Block block : message.blocks()) {
      parts.add(render(block));
    }
    if (!message.buttons().isEmpty()) {
      parts.add(
          message.buttons().stream()
              .map(b -> "[" + b.label() + ": " + b.command() + "]")
              .collect(Collectors.joining(" ")));
    }
    return String.join(BLOCK_SEPARATOR, parts);
  }

  public String render(Block block) {
    return render(block, 0);
  }

  private String render(Block block, int listDepth) {
    if (block instanceof Block.Heading h) {
      return heading(h);
    } else if (block instanceof Block.Paragraph p) {
      return spans(p.spans());
    } else if (block instanceof Block.Context c) {
      return spans(c.spans());
    } else if (block instanceof Block.ListBlock l) {
      return list(l, listDepth);
    } else if (block instanceof Block.Quote q) {
      return quote(q);
    } else if (block instanceof Block.CodeBlock c) {
      return "```" + c.language() + "\n" + c.code() + "\n```";
    } else if (block instanceof Block.Fields f && f.sideBySide() && f.fields().size() == 2) {
      return columns(f.fields().get(0), f.fields().get(1));
    } else if (block instanceof Block.Fields f) {
      return f.fields().stream()
          .map(field -> field.name() + ": " + spans(field.value()))
          .collect(Collectors.joining("\n"));
    } else if (block instanceof Block.Image i) {
      return (i.alt().isBlank() ? "[image]" : "[image: " + i.alt() + "]") + " " + i.url();
    } else if (block instanceof Block.Divider) {
      return DIVIDER;
    }
    throw new IllegalArgumentException("unknown block " + block);
  }

  /**
   * Two fields as two columns of text, each its name over its value wrapped at word boundaries to
   * {@link #COLUMN} terminal columns (Korean characters count two).
   */
  private String columns(Block.Field left, Block.Field right) {
    List<String> a = column(left);
    List<String> b = column(right);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      String l = i < a.size() ? a.get(i) : "";
      String r = i < b.size() ? b.get(i) : "";
      String line = l + " ".repeat(COLUMN - DisplayWidth.of(l)) + COLUMN_GAP + r;
      lines.add(line.stripTrailing());
    }
    return String.join("\n", lines);
  }

  private List<String> column(Block.Field field) {
    List<String> lines = new ArrayList<>(wrap(field.name()));
    lines.add("─".repeat(COLUMN));
    for (String paragraph : spans(field.value()).split("\n")) {
      lines.addAll(wrap(paragraph));
    }
    return lines;
  }

  /** Words filled into lines of at most {@link #COLUMN} columns; a longer word is cut. */
  private static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      while (DisplayWidth.of(word) > COLUMN) {
        int cut = 1;
        while (DisplayWidth.of(word.substring(0, cut + 1)) <= COLUMN) {
          cut++;
        }
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
      }
      String joined = line.length() == 0 ? word : line + " " + word;
      if (DisplayWidth.of(joined) > COLUMN) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(joined);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private String heading(Block.Heading h) {
    String text = spans(h.spans());
    if (h.level() > 2) {
      return text;
    }
    // underline as wide as the widest line, so Korean (double-width) titles are fully underlined
    int width = text.lines().mapToInt(DisplayWidth::of).max().orElse(0);
    String rule = h.level() == 1 ? "═" : "─";
    return text + "\n" + rule.repeat(Math.max(1, width));
  }

  private String list(Block.ListBlock list, int depth) {
    List<String> items = new ArrayList<>();
    int number = list.start();
    for (List<Block> item : list.items()) {
      String marker = list.ordered() ? (number++) + ". " : BULLETS[depth % BULLETS.length] + " ";
      List<String> parts = new ArrayList<>();
      for (Block b : item) {
        parts.add(render(b, b instanceof Block.ListBlock ? depth + 1 : depth));
      }
      String body = String.join("\n", parts);
      items.add(marker + indentFollowingLines(body, " ".repeat(marker.length())));
    }
    return String.join("\n", items);
  }

  private static String indentFollowingLines(String text, String indent) {
    return text.replace("\n", "\n" + indent).replaceAll("(?m)[ ]+$", "");
  }

  private String quote(Block.Quote quote) {
    String inner =
        quote.blocks().stream().map(this::render).collect(Collectors.joining(BLOCK_SEPARATOR));
    return inner
        .lines()
        .map(line -> line.isEmpty() ? QUOTE_PREFIX.strip() : QUOTE_PREFIX + line)
        .collect(Collectors.joining("\n"));
  }

  private String spans(List<Span> spans) {
    StringBuilder out = new StringBuilder();
    for (Span span : spans) {
      out.append(span(span));
    }
    return out.toString();
  }

  private String span(Span span) {
    if (span instanceof Span.Timestamp t) {
      return timestamp(t);
    }
    // text, links ("text (url)"), @user and #channel already read well as their plain form
    return span.plain();
  }

  private String timestamp(Span.Timestamp t) {
    ZonedDateTime at = t.instant().atZone(zone);
    String dateTime = date.format(at) + " " + time.format(at);
    switch (t.style()) {
      case DATE:
        return date.format(at);
      case TIME:
        return time.format(at);
      case RELATIVE:
        return relative(t.instant()) + " (" + dateTime + ")";
      default:
        return dateTime;
    }
  }

  private String relative(Instant instant) {
    Duration d = Duration.between(clock.instant(), instant);
    boolean future = !d.isNegative();
    long minutes = Math.abs(d.toMinutes());
    String amount;
    if (minutes < 1) {
      return isKorean() ? "지금" : "now";
    } else if (minutes < 60) {
      amount = isKorean() ? minutes + "분" : plural(minutes, "minute");
    } else if (minutes < 48 * 60) {
      long hours = minutes / 60;
      amount = isKorean() ? hours + "시간" : plural(hours, "hour");
    } else {
      long days = minutes / (24 * 60);
      amount = isKorean() ? days + "일" : plural(days, "day");
    }
    if (isKorean()) {
      return amount + (future ? " 후" : " 전");
    }
    return future ? "in " + amount : amount + " ago";
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  private boolean isKorean() {
    return locale.getLanguage().equals(Locale.KOREAN.getLanguage());
  }
}

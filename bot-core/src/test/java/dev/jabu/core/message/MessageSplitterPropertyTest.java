package dev.jabu.core.message;

import static dev.jabu.core.message.SplitChecks.assertWithinLimits;
import static dev.jabu.core.message.SplitChecks.content;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.platform.ChannelRef;
import dev.jabu.core.platform.Platform;
import dev.jabu.core.platform.UserRef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/**
 * Random messages of every block kind, Korean, English and emoji words, split to small random
 * limits: every piece keeps every limit, and all the words come out once each, in order.
 */
class MessageSplitterPropertyTest {
  private static final String[] WORDS = {
    "모임",
    "발표",
    "참석합니다",
    "자바",
    "레코드",
    "패턴",
    "장소는",
    "강남역",
    "했어요",
    "할까",
    "좋습니다",
    "감사함",
    "meetup",
    "talk",
    "records",
    "pattern",
    "station",
    "welcome",
    "seven",
    "Friday",
    "a",
    "the",
    "😀",
    "🎉",
    "👍🏽",
    "👨‍👩‍👧",
    "🇰🇷",
    "❤️",
    "R&D",
    "<@123>",
    "@everyone",
    "x_y",
    "3.14"
  };
  private static final String[] ENDINGS = {"", "", "", "", ".", "!", "?", "…", "。", "\n", ","};
  private static final int CASES = 300;
  private static final PlainTextRenderer RENDERER =
      new PlainTextRenderer(
          ZoneOffset.UTC, Locale.ENGLISH, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

  @Test
  void everyPieceKeepsTheLimitsAndNoWordIsLostOrRepeated() {
    Random random = new Random(20261205L);
    int cut = 0;
    for (int i = 0; i < CASES; i++) {
      RichMessage message = message(random);
      LimitProfile profile = profile(random);
      List<RichMessage> pieces;
      try {
        pieces = MessageSplitter.split(message, profile);
        assertWithinLimits(pieces, profile);
        assertThat(content(pieces)).isEqualTo(content(message));
        assertThat(pieces.get(pieces.size() - 1).buttons()).isEqualTo(message.buttons());
        if (pieces.stream().mapToInt(p -> p.blocks().size()).sum() > message.blocks().size()) {
          cut++;
        }
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("case " + i + " with " + profile + ": " + message, e);
      }
    }
    // the limits are small on purpose: most cases must have had blocks cut, not only packed
    assertThat(cut).isGreaterThan(CASES / 2);
  }

  private static LimitProfile profile(Random r) {
    int message = 40 + r.nextInt(361);
    int block = 40 + r.nextInt(message - 39);
    ToIntFunction<Block> measure =
        r.nextBoolean()
            ? MessageSplitter::plainLength
            // like a renderer that escapes '&', '<' and '>' as entities
            : b -> MessageSplitter.plainLength(b) + 3 * escapes(b);
    return new LimitProfile("random", message, block, 1 + r.nextInt(6), measure);
  }

  private static int escapes(Block b) {
    return (int) RENDERER.render(b).chars().filter(c -> c == '&' || c == '<' || c == '>').count();
  }

  private static RichMessage message(Random r) {
    List<Block> blocks = new ArrayList<>();
    int count = 1 + r.nextInt(8);
    for (int i = 0; i < count; i++) {
      blocks.add(block(r, 0));
    }
    List<Button> buttons =
        r.nextInt(3) == 0
            ? List.of(new Button("참석", "/meetup rsvp " + r.nextInt(99), null))
            : List.of();
    return new RichMessage(blocks, buttons);
  }

  private static Block block(Random r, int depth) {
    switch (r.nextInt(depth > 1 ? 4 : 10)) {
      case 0:
      case 1:
        return new Block.Paragraph(spans(r, 1 + r.nextInt(120), true));
      case 2:
        return new Block.Heading(1 + r.nextInt(3), spans(r, 1 + r.nextInt(15), false));
      case 3:
        return new Block.Context(spans(r, 1 + r.nextInt(30), false));
      case 4:
        return code(r);
      case 5:
        return r.nextBoolean()
            ? new Block.Divider()
            : new Block.Image("https://img.jabu.dev/" + r.nextInt(100) + ".png", words(r, 3));
      case 6:
      case 7:
        return list(r, depth);
      case 8:
        List<Block> inner = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
          inner.add(block(r, depth + 1));
        }
        return new Block.Quote(inner);
      default:
        List<Block.Field> fields = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
          fields.add(new Block.Field("f" + i, spans(r, 1 + r.nextInt(20), false), r.nextBoolean()));
        }
        return new Block.Fields(fields);
    }
  }

  private static Block list(Random r, int depth) {
    List<List<Block>> items = new ArrayList<>();
    for (int i = 0, n = 1 + r.nextInt(8); i < n; i++) {
      List<Block> item = new ArrayList<>();
      item.add(new Block.Paragraph(spans(r, 1 + r.nextInt(40), true)));
      if (depth < 2 && r.nextInt(4) == 0) {
        item.add(list(r, depth + 1));
      }
      items.add(item);
    }
    return new Block.ListBlock(r.nextBoolean(), 1 + r.nextInt(20), items);
  }

  private static Block code(Random r) {
    StringBuilder code = new StringBuilder();
    for (int i = 0, n = 1 + r.nextInt(30); i < n; i++) {
      if (i > 0) {
        code.append('\n');
      }
      code.append("  ".repeat(r.nextInt(3))).append(words(r, r.nextInt(20)));
    }
    return new Block.CodeBlock(r.nextBoolean() ? "java" : "", code.toString());
  }

  private static List<Span> spans(Random r, int words, boolean withRefs) {
    List<Span> spans = new ArrayList<>();
    int left = words;
    while (left > 0) {
      int run = Math.min(left, 1 + r.nextInt(12));
      left -= run;
      int kind = withRefs ? r.nextInt(10) : 0;
      if (kind == 1) {
        spans.add(new Span.Link("go", "https://j.dev/" + r.nextInt(10)));
      } else if (kind == 2) {
        spans.add(new Span.UserMention(new UserRef(Platform.DISCORD, "u" + r.nextInt(9), "민지")));
      } else if (kind == 3) {
        spans.add(new Span.ChannelMention(ChannelRef.of(Platform.SLACK, "C" + r.nextInt(9))));
      } else if (kind == 4) {
        spans.add(
            new Span.Timestamp(
                Instant.ofEpochSecond(1_790_000_000L + r.nextInt(1_000_000)),
                Span.TimestampStyle.values()[r.nextInt(3)]));
      }
      EnumSet<Span.Style> styles = EnumSet.noneOf(Span.Style.class);
      for (Span.Style s : Span.Style.values()) {
        if (r.nextInt(5) == 0) {
          styles.add(s);
        }
      }
      spans.add(new Span.Text(words(r, run) + " ", styles));
    }
    return spans;
  }

  private static String words(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(WORDS[r.nextInt(WORDS.length)]).append(ENDINGS[r.nextInt(ENDINGS.length)]);
    }
    return b.toString();
  }
}

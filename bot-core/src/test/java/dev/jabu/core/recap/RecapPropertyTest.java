package dev.jabu.core.recap;

import static dev.jabu.core.recap.RecapSamples.assertWithinLimits;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jabu.core.message.LimitProfile;
import dev.jabu.core.message.LimitProfiles;
import dev.jabu.core.message.MessageSplitter;
import dev.jabu.core.message.PlainTextRenderer;
import dev.jabu.core.message.RichMessage;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Random recaps of every kind of markdown the parser knows (no raw HTML), cut to every platform's
 * profile and to small random ones: every message keeps its limits, and the section replies, with
 * all markup removed, hold every word of the body exactly once and in order.
 *
 * <p>Each body word is a numbered token such as {@code 배포17}; words the rendering adds itself
 * (callout labels, table headers, list bullets) carry no number, so the tokens read back from the
 * replies must be exactly the tokens written.
 */
class RecapPropertyTest {
  private static final int CASES = 150;
  private static final String[] STEMS = {
    "배포", "관측", "쿠버네티스", "파이프라인", "장애", "회고", "온콜", "비용", "release", "gitops", "metric", "trace",
    "cluster", "node", "팀", "발표"
  };
  private static final String[] ENDINGS = {"", "", "", "", ".", "다.", "요.", "!", "?", ",", "…"};
  private static final Pattern TOKEN = Pattern.compile("[가-힣A-Za-z]+[0-9]+");
  private static final PlainTextRenderer PLAIN =
      new PlainTextRenderer(ZoneOffset.UTC, Locale.KOREAN);

  @Test
  void everyPieceKeepsItsLimitsAndThePreambleAndRepliesKeepEveryWordInOrder() throws RecapProblem {
    Random random = new Random(20261128L);
    int cutSections = 0;
    for (int i = 0; i < CASES; i++) {
      Generator doc = new Generator(random);
      String markdown = doc.recap();
      RecapDocument document = RecapParser.parse(markdown);
      RecapMessages messages = new RecapRenderer(Locale.KOREAN).render(document, Optional.empty());
      for (LimitProfile profile : profiles(random)) {
        try {
          assertWithinLimits(messages.thread(profile), profile);
          // what stands before the first part is in the parent post, the rest in the replies
          List<RichMessage> replies = new ArrayList<>();
          replies.add(new RichMessage(document.preamble(), List.of()));
          for (RichMessage section : messages.sections()) {
            List<RichMessage> pieces = MessageSplitter.split(section, profile);
            cutSections += pieces.size() - 1;
            replies.addAll(pieces);
          }
          assertSameTokens(tokens(replies), doc.tokens);
        } catch (AssertionError | RuntimeException e) {
          throw new AssertionError("case " + i + " on " + profile.name() + ":\n" + markdown, e);
        }
      }
    }
    // the documents are long on purpose: many sections must have been cut, not only packed
    assertThat(cutSections).isGreaterThan(CASES);
  }

  /** Equal lists, or a failure that names the first token that differs. */
  private static void assertSameTokens(List<String> found, List<String> written) {
    int i = 0;
    while (i < found.size() && i < written.size() && found.get(i).equals(written.get(i))) {
      i++;
    }
    if (i < found.size() || i < written.size()) {
      throw new AssertionError(
          "token "
              + i
              + " differs: found "
              + found.subList(i, Math.min(found.size(), i + 5))
              + ", written "
              + written.subList(i, Math.min(written.size(), i + 5)));
    }
  }

  private static List<LimitProfile> profiles(Random r) {
    int message = 200 + r.nextInt(800);
    return List.of(
        LimitProfiles.CONSOLE,
        LimitProfiles.DISCORD_CONTENT,
        LimitProfiles.DISCORD_EMBED,
        LimitProfiles.SLACK,
        new LimitProfile(
            "random-" + message,
            message,
            200 + r.nextInt(message - 199),
            2 + r.nextInt(8),
            MessageSplitter::plainLength));
  }

  private static List<String> tokens(List<RichMessage> pieces) {
    List<String> found = new ArrayList<>();
    for (RichMessage piece : pieces) {
      Matcher m = TOKEN.matcher(PLAIN.render(piece));
      while (m.find()) {
        found.add(m.group());
      }
    }
    return found;
  }

  /** Writes one random recap and remembers its body's tokens in order. */
  private static final class Generator {
    private final Random r;
    private final List<String> tokens = new ArrayList<>();
    private int next;

    Generator(Random r) {
      this.r = r;
    }

    String recap() {
      StringBuilder md = new StringBuilder("---\ntitle: 무작위 후기\ntags: [a, b]\n---\n\n");
      if (r.nextBoolean()) {
        md.append(paragraph(1 + r.nextInt(40))).append("\n\n");
      }
      for (int s = 0, n = 1 + r.nextInt(5); s < n; s++) {
        md.append("## ").append(words(1 + r.nextInt(4))).append("\n\n");
        for (int b = 0, blocks = 1 + r.nextInt(7); b < blocks; b++) {
          md.append(block(0)).append("\n\n");
        }
      }
      return md.toString();
    }

    private String block(int depth) {
      switch (r.nextInt(depth > 0 ? 5 : 10)) {
        case 0:
        case 1:
          return paragraph(1 + r.nextInt(depth > 0 ? 30 : 400));
        case 2:
          return list();
        case 3:
          return quote();
        case 4:
          return code();
        case 5:
          return "### " + words(1 + r.nextInt(5));
        case 6:
          return table();
        case 7:
          return "![" + words(1 + r.nextInt(3)) + "](https://img.example.com/photo.png)";
        default:
          return container(depth);
      }
    }

    private String token() {
      String t = STEMS[r.nextInt(STEMS.length)] + (next++);
      tokens.add(t);
      return t;
    }

    private String words(int n) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          b.append(' ');
        }
        String t = token();
        switch (r.nextInt(12)) {
          case 0 -> b.append("**").append(t).append("**");
          case 1 -> b.append('*').append(t).append('*');
          case 2 -> b.append('`').append(t).append('`');
          case 3 -> b.append('[').append(t).append("](https://example.com/page)");
          default -> b.append(t);
        }
        b.append(ENDINGS[r.nextInt(ENDINGS.length)]);
      }
      return b.toString();
    }

    /** Words over several source lines (soft breaks), as people write. */
    private String paragraph(int n) {
      StringBuilder b = new StringBuilder();
      while (n > 0) {
        int line = Math.min(n, 1 + r.nextInt(15));
        b.append(b.length() == 0 ? "" : "\n").append(words(line));
        n -= line;
      }
      return b.toString();
    }

    private String list() {
      boolean ordered = r.nextBoolean();
      StringBuilder b = new StringBuilder();
      for (int i = 0, n = 1 + r.nextInt(8); i < n; i++) {
        b.append(ordered ? (i + 1) + ". " : "- ").append(words(1 + r.nextInt(30))).append('\n');
        if (r.nextInt(4) == 0) {
          String indent = ordered ? "   " : "  ";
          b.append(indent).append("- ").append(words(1 + r.nextInt(10))).append('\n');
        }
      }
      return b.toString().stripTrailing();
    }

    private String quote() {
      StringBuilder b = new StringBuilder();
      for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
        b.append("> ").append(words(1 + r.nextInt(20))).append('\n');
      }
      return b.toString().stripTrailing();
    }

    private String code() {
      StringBuilder b = new StringBuilder("```" + (r.nextBoolean() ? "yaml" : "") + "\n");
      for (int i = 0, n = 1 + r.nextInt(25); i < n; i++) {
        if (r.nextInt(6) == 0) {
          b.append(":::\n");
        } else {
          b.append("  ".repeat(r.nextInt(3)));
          for (int w = 0, k = 1 + r.nextInt(4); w < k; w++) {
            b.append(token()).append(w + 1 < k ? ": " : "\n");
          }
        }
      }
      return b.append("```").toString();
    }

    private String table() {
      StringBuilder b = new StringBuilder("| 항목 | 내용 | 비고 |\n|---|:---:|---|\n");
      for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
        b.append("| ")
            .append(words(1 + r.nextInt(3)))
            .append(" | ")
            .append(words(1 + r.nextInt(8)))
            .append(" | ")
            .append(r.nextBoolean() ? words(1) : "")
            .append(" |\n");
      }
      return b.toString().stripTrailing();
    }

    private String container(int depth) {
      String kind = List.of("tip", "warning", "details", "info", "code-group").get(r.nextInt(5));
      String title = r.nextBoolean() ? " " + words(1 + r.nextInt(3)) : "";
      StringBuilder b = new StringBuilder("::: " + kind + title + "\n");
      for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
        b.append(block(depth + 1)).append("\n\n");
      }
      return b.append(":::").toString();
    }
  }
}

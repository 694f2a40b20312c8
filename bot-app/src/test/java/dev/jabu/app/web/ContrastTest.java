package dev.jabu.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The colour pairs of {@code site.css} meet WCAG 2 AA: 4.5:1 for text, 3:1 for the focus ring. A
 * colour changed in the style sheet fails here until its pair is checked again.
 */
class ContrastTest {
  private static final String[][] TEXT_PAIRS = {
    {"#1b1f24", "#ffffff", "body text"},
    {"#0b5cad", "#ffffff", "links"},
    {"#073f78", "#ffffff", "links on hover"},
    {"#4a5561", "#ffffff", "hints, summaries, footer"},
    {"#8a3b00", "#ffffff", "meetup status"},
    {"#ffffff", "#14324f", "menu and the chosen chip"},
    {"#ffffff", "#0b5cad", "buttons"},
    {"#ffffff", "#073f78", "buttons on hover"},
    {"#1b1f24", "#eef1f4", "code"},
  };

  @Test
  void everyTextColourIsReadableOnItsBackground() throws Exception {
    String css;
    try (var in = ContrastTest.class.getResourceAsStream("/web/site.css")) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String[] pair : TEXT_PAIRS) {
      assertThat(css).as(pair[2]).contains(pair[0], pair[1]);
      assertThat(ratio(pair[0], pair[1])).as(pair[2]).isGreaterThanOrEqualTo(4.5);
    }
    assertThat(ratio("#c25e00", "#ffffff")).as("focus ring").isGreaterThanOrEqualTo(3.0);
  }

  static double ratio(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
  }

  private static double channel(int value) {
    double c = (value & 0xff) / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}

package dev.jabu.app.web;

import java.util.Optional;

/**
 * What every page's frame needs: its language, title and description (also its OpenGraph card, so a
 * link pasted into Discord or Slack unfurls with the term or meetup), where it lives, and the link
 * to the same page in the other language.
 *
 * @param section the menu item to mark as current: {@code home}, {@code glossary} or {@code
 *     meetups}
 * @param url the page's absolute address when {@code http.public-url} is set
 * @param otherLanguage the same page in the other language ({@code ?lang=en})
 * @param scripts the scripts this page uses, all served by jabu itself under {@code /assets/}
 */
public record Page(
    Texts t,
    String community,
    String title,
    String description,
    String section,
    Optional<String> url,
    String otherLanguage,
    String ogType,
    java.util.List<String> scripts) {

  /** The {@code <title>}: the page, then the community. */
  public String fullTitle() {
    return title.equals(community) ? title : title + " · " + community;
  }

  public String ogLocale() {
    return "ko".equals(t.lang()) ? "ko_KR" : "en_US";
  }

  public String current(String item) {
    return section.equals(item) ? "page" : null;
  }
}

package dev.jabu.core.glossary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls the term out of the ways people ask: "DevSecOps란?", "데브옵스가 뭐야", "GitOps이 뭐예요", "what is
 * GitOps?", "explain k8s". The query itself is always the first candidate, so a term that happens
 * to end like a question ("Ansible") is still found as typed.
 */
public final class QuestionForms {
  private static final Pattern TRAILING = Pattern.compile("[\\s?？!！.。~…]+$");

  private static final List<Pattern> ENGLISH =
      List.of(
          Pattern.compile(
              "^(?:what\\s+(?:is|are)|what's|whats|explain|define|describe|meaning\\s+of|"
                  + "tell\\s+me\\s+about|definition\\s+of|what\\s+do\\s+you\\s+mean\\s+by)"
                  + "\\s+(?:an?\\s+|the\\s+)?(.+)$",
              Pattern.CASE_INSENSITIVE),
          Pattern.compile(
              "^what\\s+(?:does|do)\\s+(?:an?\\s+|the\\s+)?(.+?)\\s+(?:stand\\s+for|mean)$",
              Pattern.CASE_INSENSITIVE),
          Pattern.compile(
              "^(.+?)\\s+(?:meaning|definition|means|stands\\s+for)$", Pattern.CASE_INSENSITIVE));

  private static final String ASK = "(?:무엇인가요|무엇인지|무엇이에요|무엇이야|뭔가요|뭐예요|뭐에요|뭐야|뭐지|뭔데|뭐임)";

  /** Korean question endings after the term: 란, 가 뭐야, 뜻이 뭐예요, 설명해 줘, … */
  private static final String KOREAN_ENDING =
      "(?:(?:이란|란|이라는\\s*건|라는\\s*건|이라는\\s*게|라는\\s*게)\\s*"
          + ASK
          + "?"
          + "|(?:이|가|은|는)?\\s*(?:"
          + ASK.substring(3, ASK.length() - 1)
          + "|뭐)"
          + "|(?:에\\s*대해|에\\s*대해서|을|를)?\\s*(?:설명해\\s*줘|설명해\\s*주세요|알려\\s*줘|알려\\s*주세요|설명)"
          + "|(?:의)?\\s*뜻(?:이|은)?\\s*"
          + ASK
          + "?)";

  private static final Pattern KOREAN = Pattern.compile("^(.+?)\\s*(" + KOREAN_ENDING + ")$");

  private QuestionForms() {}

  /** Candidate terms, most literal first. */
  public static List<String> candidates(String query) {
    Set<String> out = new LinkedHashSet<>();
    String text = query.strip();
    out.add(text);
    String bare = TRAILING.matcher(text).replaceAll("");
    out.add(bare);
    for (Pattern pattern : ENGLISH) {
      Matcher m = pattern.matcher(bare);
      if (m.matches()) {
        out.add(TRAILING.matcher(m.group(1).strip()).replaceAll(""));
      }
    }
    Matcher ko = KOREAN.matcher(bare);
    if (ko.matches()) {
      // "엔보이란" reads as 엔보 + 이란 first; the 이 may belong to the name (엔보이 + 란).
      if (ko.group(2).startsWith("이")) {
        out.add(ko.group(1).strip() + "이");
      }
      out.add(ko.group(1).strip());
    }
    out.removeIf(String::isBlank);
    return List.copyOf(out);
  }
}

package dev.jabu.core.recap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo shortcodes ({@code {{< figure src="a.png" >}}}, {@code {{% notice tip %}}}…) rewritten as
 * the markdown they stand for, before the recap is parsed, so none reaches a platform as braces.
 * Figures become images; YouTube, Vimeo, gists and posts on X become links; {@code highlight}
 * becomes a fenced code block; {@code notice}, {@code hint}, {@code alert}, {@code admonition},
 * {@code callout} and {@code details} become the containers VuePress writes as {@code :::}; {@code
 * ref} and {@code relref} (site-internal addresses) are dropped with their address; any other
 * shortcode is dropped and what it encloses kept. Fenced code and inline code are left as written,
 * so a recap about Hugo can still show a shortcode, and so does Hugo's own escape (the shortcode's
 * name and arguments wrapped in a comment, slash-star to star-slash, inside the braces).
 */
final class HugoShortcodes {
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

  /** A code span (left alone), an escaped shortcode, or a shortcode. */
  private static final Pattern TOKEN =
      Pattern.compile(
          "(?<code>(`+).*?\\2)"
              + "|\\{\\{(?<eopen>[<%])/\\*(?<escaped>.*?)\\*/(?<eclose>[>%])\\}\\}"
              + "|\\{\\{[<%]-?\\s*(?<slash>/?)\\s*(?<name>[A-Za-z][\\w./-]*)(?<args>.*?)-?[>%]\\}\\}");

  private static final Pattern ESCAPED = Pattern.compile("\\{\\{([<%])/\\*(.*?)\\*/([>%])\\}\\}");
  private static final Pattern ARG =
      Pattern.compile(
          "(?:(?<key>[A-Za-z_][\\w-]*)\\s*=\\s*)?(?:\"(?<dq>[^\"]*)\"|'(?<sq>[^']*)'|`(?<bq>[^`]*)`|(?<bare>[^\\s\"'`]+))");
  private static final Set<String> CALLOUTS =
      Set.of("notice", "hint", "alert", "admonition", "callout", "details");

  private HugoShortcodes() {}

  static String rewrite(String markdown) {
    if (!markdown.contains("{{")) {
      return markdown;
    }
    List<String> out = new ArrayList<>();
    String fence = null; // the fence of the code block we are in
    boolean inHighlight = false;
    for (String line : markdown.split("\n", -1)) {
      Matcher fenceLine = FENCE.matcher(line);
      if (fence != null) {
        if (fenceLine.find()
            && fenceLine.group(1).charAt(0) == fence.charAt(0)
            && fenceLine.group(1).length() >= fence.length()) {
          fence = null;
        }
        out.add(line);
      } else if (inHighlight) {
        Matcher end = TOKEN.matcher(line);
        if (end.find()
            && end.group("name") != null
            && end.group("slash").equals("/")
            && end.group("name").equalsIgnoreCase("highlight")) {
          out.add(line.substring(0, end.start()) + "```" + line.substring(end.end()));
          inHighlight = false;
        } else {
          out.add(line);
        }
      } else if (fenceLine.find()) {
        fence = fenceLine.group(1);
        out.add(line);
      } else {
        StringBuilder rewritten = new StringBuilder();
        Matcher token = TOKEN.matcher(line);
        int last = 0;
        while (token.find()) {
          rewritten.append(line, last, token.start());
          last = token.end();
          if (token.group("code") != null) {
            // in code, Hugo shows an escaped shortcode as the shortcode itself
            rewritten.append(ESCAPED.matcher(token.group()).replaceAll("{{$1$2$3}}"));
          } else if (token.group("escaped") != null) {
            rewritten
                .append("{{")
                .append(token.group("eopen"))
                .append(token.group("escaped"))
                .append(token.group("eclose"))
                .append("}}");
          } else {
            String name = token.group("name").toLowerCase(Locale.ROOT);
            boolean closing = token.group("slash").equals("/");
            if (name.equals("highlight") && !closing) {
              rewritten.append("\n```").append(first(args(token.group("args"))).orElse(""));
              inHighlight = true;
              String rest = line.substring(last);
              if (!rest.isBlank()) {
                rewritten.append('\n').append(rest); // the rest of the line is code too
              }
              last = line.length();
              break;
            }
            rewritten.append(replacement(name, closing, args(token.group("args"))));
          }
        }
        rewritten.append(line.substring(last));
        out.add(rewritten.toString());
      }
    }
    return String.join("\n", out);
  }

  /** What one shortcode becomes. */
  private static String replacement(String name, boolean closing, Map<String, String> args) {
    if (CALLOUTS.contains(name)) {
      if (closing) {
        return "\n:::\n";
      }
      String kind =
          name.equals("details")
              ? "details"
              : Optional.ofNullable(args.get("type"))
                  .or(() -> Optional.ofNullable(args.get("0")))
                  .orElse("note");
      String title =
          Optional.ofNullable(args.get("title"))
              .or(() -> Optional.ofNullable(args.get("summary")))
              .or(() -> Optional.ofNullable(args.get(name.equals("details") ? "0" : "1")))
              .orElse("");
      return "\n::: " + kind.replaceAll("[^\\p{L}\\p{N}_-]", "") + " " + title.strip() + "\n";
    }
    if (closing) {
      return "";
    }
    return switch (name) {
      case "figure" -> figure(args);
      case "youtube" -> link("YouTube", "https://www.youtube.com/watch?v=", idOf(args));
      case "vimeo" -> link("Vimeo", "https://vimeo.com/", idOf(args));
      case "gist" ->
          isId(args.get("0"))
              ? link("Gist", "https://gist.github.com/" + args.get("0") + "/", args.get("1"))
              : "";
      case "tweet", "x" ->
          isId(args.get("user"))
              ? link("X", "https://x.com/" + args.get("user") + "/status/", args.get("id"))
              : "";
      default -> ""; // ref, relref, param and anything a chat cannot show
    };
  }

  private static String figure(Map<String, String> args) {
    String src = args.getOrDefault("src", "");
    if (src.isBlank()) {
      return "";
    }
    String alt =
        Optional.ofNullable(args.get("alt"))
            .or(() -> Optional.ofNullable(args.get("caption")))
            .or(() -> Optional.ofNullable(args.get("title")))
            .orElse("");
    return "![" + escapeBrackets(alt) + "](<" + src.replace(">", "%3E") + ">)";
  }

  private static String idOf(Map<String, String> args) {
    return args.getOrDefault("id", args.getOrDefault("0", ""));
  }

  private static boolean isId(String text) {
    return text != null && text.matches("[A-Za-z0-9_-]+");
  }

  /** A link to {@code prefix + id}; nothing when the id could be anything but an id. */
  private static String link(String label, String prefix, String id) {
    if (!isId(id)) {
      return "";
    }
    return "[" + label + "](" + prefix + id + ")";
  }

  private static String escapeBrackets(String text) {
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
  }

  /** Named arguments by name, positional ones by their place ("0", "1", …). */
  private static Map<String, String> args(String text) {
    Map<String, String> args = new LinkedHashMap<>();
    Matcher arg = ARG.matcher(text);
    int position = 0;
    while (arg.find()) {
      String value =
          Optional.ofNullable(arg.group("dq"))
              .or(() -> Optional.ofNullable(arg.group("sq")))
              .or(() -> Optional.ofNullable(arg.group("bq")))
              .orElse(arg.group("bare"));
      String key = arg.group("key");
      args.put(key == null ? String.valueOf(position++) : key.toLowerCase(Locale.ROOT), value);
    }
    return args;
  }

  private static Optional<String> first(Map<String, String> args) {
    return Optional.ofNullable(args.get("0")).filter(s -> s.matches("[\\w+#.-]+"));
  }
}

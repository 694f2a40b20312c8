package dev.jabu.core.recap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/** Where a recap's markdown comes from: a file (console only), a web address, or pasted text. */
public sealed interface RecapSource {

  enum Kind {
    FILE,
    URL,
    TEXT
  }

  /**
   * The name of the document, for a recap whose text names no title: the file name without its
   * extension ({@code 2026-11-meetup} for {@code recaps/2026-11-meetup.md}), or the folder's name
   * for a page bundle's {@code index.md} or {@code README.md}. Pasted text has none.
   */
  default Optional<String> documentName() {
    String path;
    if (this instanceof File f) {
      path = f.path();
    } else if (this instanceof Url u) {
      path = u.address().replaceFirst("[?#].*$", "").replaceFirst("^[a-zA-Z]+://[^/]*", "");
    } else {
      return Optional.empty();
    }
    String[] parts = path.replace('\\', '/').split("/");
    for (int i = parts.length - 1; i >= 0; i--) {
      String name = decoded(parts[i]).replaceFirst("\\.(md|markdown|mdx|txt)$", "").strip();
      if (!name.isEmpty() && !name.matches("(?i)_?index|readme")) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** A path segment with its %-escapes read; as written when they are broken. */
  private static String decoded(String segment) {
    try {
      return java.net.URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return segment;
    }
  }

  /** A path on the machine jabu runs on, relative to its working directory. */
  record File(String path) implements RecapSource {
    public File {
      Objects.requireNonNull(path, "path");
    }
  }

  /** An http or https address. */
  record Url(String address) implements RecapSource {
    public Url {
      Objects.requireNonNull(address, "address");
    }
  }

  /** The markdown itself, for short recaps (platform modals hold 3,000 to 4,000 characters). */
  record Text(String markdown) implements RecapSource {
    public Text {
      Objects.requireNonNull(markdown, "markdown");
    }
  }

  /**
   * What is stored about a source: its kind and where it is; pasted text is known by its SHA-256,
   * so the same text published twice is recognised without keeping it.
   */
  record Origin(Kind kind, String location) {
    public Origin {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(location, "location");
    }

    public static Origin of(RecapSource source) {
      if (source instanceof File f) {
        return new Origin(Kind.FILE, f.path());
      } else if (source instanceof Url u) {
        return new Origin(Kind.URL, u.address());
      }
      return new Origin(Kind.TEXT, "sha256:" + sha256(((Text) source).markdown()));
    }

    /** The source to read again for an edit that names none; pasted text cannot be. */
    public Optional<RecapSource> reread() {
      return switch (kind) {
        case FILE -> Optional.of(new File(location));
        case URL -> Optional.of(new Url(location));
        case TEXT -> Optional.empty();
      };
    }

    /** The web address, when the recap came from one: the meetup links to it. */
    public Optional<String> url() {
      return kind == Kind.URL ? Optional.of(location) : Optional.empty();
    }

    private static String sha256(String text) {
      try {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java has SHA-256", e);
      }
    }
  }
}

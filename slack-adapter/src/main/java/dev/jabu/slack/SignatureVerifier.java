package dev.jabu.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Slack's v0 request signature: HMAC-SHA256 of {@code v0:timestamp:body} with the signing
 * secret, over the body exactly as received. Stricter than Bolt's own check, which accepts
 * timestamps from the future and compares with {@code String.equals}: here the timestamp must lie
 * within five minutes of now in either direction, and signatures are compared in constant time.
 */
public final class SignatureVerifier {
  /** How far a request's timestamp may be from now, either way. */
  public static final Duration MAX_SKEW = Duration.ofMinutes(5);

  private static final String VERSION = "v0";
  private static final int SIGNATURE_HEX_CHARS = 64;

  /** Why a request was refused; every one of them is answered 401 and acted on in no way. */
  public enum Rejection {
    MISSING,
    MALFORMED,
    STALE,
    FUTURE,
    FORGED
  }

  private final SecretKeySpec key;
  private final Clock clock;
  // a MAC keyed once per thread: looking up the algorithm and keying it cost more than the hash
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::keyedMac);

  public SignatureVerifier(String signingSecret, Clock clock) {
    if (signingSecret == null || signingSecret.isBlank()) {
      throw new IllegalArgumentException("the signing secret is blank");
    }
    this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Returns why the request must be refused, or empty when it is Slack's.
   *
   * @param timestamp the {@code X-Slack-Request-Timestamp} header, null when absent
   * @param signature the {@code X-Slack-Signature} header, null when absent
   */
  public Optional<Rejection> verify(String timestamp, String signature, byte[] body) {
    if (timestamp == null || signature == null || timestamp.isEmpty() || signature.isEmpty()) {
      return Optional.of(Rejection.MISSING);
    }
    if (!digits(timestamp) || !wellFormed(signature)) {
      return Optional.of(Rejection.MALFORMED);
    }
    long seconds = Long.parseLong(timestamp);
    long now = clock.instant().getEpochSecond();
    if (now - seconds > MAX_SKEW.toSeconds()) {
      return Optional.of(Rejection.STALE);
    }
    if (seconds - now > MAX_SKEW.toSeconds()) {
      return Optional.of(Rejection.FUTURE);
    }
    byte[] expected = sign(timestamp, body).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signature.getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given)
        ? Optional.empty()
        : Optional.of(Rejection.FORGED);
  }

  /** The {@code v0=…} signature Slack would send for this timestamp and body. */
  public String sign(String timestamp, byte[] body) {
    Mac mac = macs.get();
    mac.update((VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
    // doFinal leaves the MAC keyed and empty again, ready for the thread's next request
    return VERSION + "=" + HexFormat.of().formatHex(mac.doFinal(body));
  }

  private Mac keyedMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  /** One to twelve ASCII digits: a Unix time in seconds, and nothing a parser could misread. */
  private static boolean digits(String timestamp) {
    if (timestamp.length() > 12) {
      return false;
    }
    for (int i = 0; i < timestamp.length(); i++) {
      char c = timestamp.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean wellFormed(String signature) {
    if (!signature.startsWith(VERSION + "=")
        || signature.length() != VERSION.length() + 1 + SIGNATURE_HEX_CHARS) {
      return false;
    }
    for (int i = VERSION.length() + 1; i < signature.length(); i++) {
      char c = signature.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }
}

package dev.jabu.core.meetup;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How a freed seat reaches the waitlist. Far from the start it is given to the head of the waitlist
 * at once; from {@code offersFrom} before the start it is only offered, and held for {@code window}
 * (never past the start), because someone promoted an hour before may never read the message.
 *
 * @param window how long an offered seat is held for one person
 * @param offersFrom how long before the start offers replace promotion; zero switches offers off
 * @param keepPlace whether someone who passes or lets an offer expire stays on the waitlist (they
 *     are not offered a seat of this meetup again either way)
 */
public record WaitlistOffers(Duration window, Duration offersFrom, boolean keepPlace) {
  public WaitlistOffers {
    if (window.isNegative() || offersFrom.isNegative()) {
      throw new IllegalArgumentException("offer durations must not be negative");
    }
    if (!offersFrom.isZero() && window.isZero()) {
      throw new IllegalArgumentException("an offer window is needed when offers are on");
    }
  }

  /** Offers held 12 hours, from three days before the start; a pass gives up the place. */
  public static WaitlistOffers defaults() {
    return new WaitlistOffers(Duration.ofHours(12), Duration.ofHours(72), false);
  }

  /** Promotion at any time, as before offers existed. */
  public static WaitlistOffers off() {
    return new WaitlistOffers(Duration.ZERO, Duration.ZERO, false);
  }

  public boolean on() {
    return !offersFrom.isZero();
  }

  /** This policy with a meetup's own window and start of offers, where it set them. */
  public WaitlistOffers overriddenBy(Optional<Duration> window, Optional<Duration> offersFrom) {
    Duration w = window.orElse(this.window);
    Duration f = offersFrom.orElse(this.offersFrom);
    return new WaitlistOffers(w.isZero() && !f.isZero() ? this.window : w, f, keepPlace);
  }

  /** What a freed seat becomes at {@code now}. */
  public enum Mode {
    /** given to the head of the waitlist at once */
    PROMOTE,
    /** offered, held until {@link #expiry} */
    OFFER,
    /** kept free: the meetup has started and seats left go to walk-ins at the door */
    HOLD
  }

  public Mode modeAt(Instant start, Instant now) {
    if (!on()) {
      return Mode.PROMOTE;
    }
    if (!now.isBefore(start)) {
      return Mode.HOLD;
    }
    return now.isBefore(start.minus(offersFrom)) ? Mode.PROMOTE : Mode.OFFER;
  }

  /** When an offer made at {@code now} lapses: after the window, or at the start if sooner. */
  public Instant expiry(Instant start, Instant now) {
    Instant end = now.plus(window);
    return end.isAfter(start) ? start : end;
  }
}

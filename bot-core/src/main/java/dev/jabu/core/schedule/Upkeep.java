package dev.jabu.core.schedule;

import java.util.Set;

/**
 * The scheduler's upkeep: recurring checks and clean-ups that run every few minutes or hours. They
 * are always next in the queue, so {@code /jabu status} and {@code bin/jabu status} leave them out
 * of the next scheduled work and show what people wait for (reminders, seat offers, the digest).
 * Named here, not only where they are made, because {@code bin/jabu status} reads the queue without
 * building the features.
 */
public final class Upkeep {
  public static final String REMINDERS_RECONCILE = "meetup-reminders-reconcile";
  public static final String SEAT_OFFERS_SWEEP = "seat-offers-sweep";
  public static final String MEETUPS_FINISH = "meetups-finish";
  public static final String DELIVERIES_PRUNE = "deliveries-prune";
  public static final String HISTORY_PRUNE = "history-prune";

  static final Set<String> TASKS =
      Set.of(
          REMINDERS_RECONCILE, SEAT_OFFERS_SWEEP, MEETUPS_FINISH, DELIVERIES_PRUNE, HISTORY_PRUNE);

  private Upkeep() {}
}

package dev.jabu.core;

/**
 * How much of what members do jabu keeps in memory, sized for the communities it is measured for
 * (10,000 members) and a small heap. Past these, the oldest entries go first, so a flood of new
 * members or deliveries (a raid, a load test) cannot fill the heap and stall it in collections.
 */
public final class MemoryBudget {
  /** Members whose recent activity (rate limit, language, locale) is remembered at once. */
  public static final int ACTIVE_MEMBERS = 20_000;

  /**
   * Platform deliveries remembered to drop redeliveries: more than 50 a second for the 15 minutes
   * they are kept, far beyond what a community sends.
   */
  public static final int DELIVERIES = 50_000;

  private MemoryBudget() {}
}

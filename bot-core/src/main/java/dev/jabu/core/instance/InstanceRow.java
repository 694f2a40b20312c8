package dev.jabu.core.instance;

import java.time.Instant;

/**
 * One jabu process as its last heartbeat described it.
 *
 * @param platforms each platform and its connection, as the process saw them at {@code beatAt}
 * @param stale whether the beat is too old for the process to be alive (it stopped without cleaning
 *     up, or cannot reach the database)
 */
public record InstanceRow(
    String id,
    String version,
    Instant startedAt,
    String platforms,
    Instant beatAt,
    boolean stale) {}

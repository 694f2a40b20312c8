package dev.jabu.discord;

import java.util.List;

/**
 * How a big bot splits Discord's gateway: {@code total} shards in all, of which this instance runs
 * {@code ids} (all of them when empty). Several instances on one PostgreSQL database each run their
 * own ids; Discord sends each guild's events to shard {@code (guild_id >> 22) % total}.
 */
public record DiscordShards(int total, List<Integer> ids) {
  public DiscordShards {
    ids = List.copyOf(ids);
    if (total < 1) {
      throw new IllegalArgumentException("shards.total must be at least 1");
    }
    for (int id : ids) {
      if (id < 0 || id >= total) {
        throw new IllegalArgumentException("shard id " + id + " is not within 0.." + (total - 1));
      }
    }
  }

  /** The ids this instance runs. */
  public List<Integer> running() {
    return ids.isEmpty() ? java.util.stream.IntStream.range(0, total).boxed().toList() : ids;
  }

  /** The shard that receives a guild's events. */
  public static int of(String guildId, int total) {
    return (int) ((Long.parseUnsignedLong(guildId) >>> 22) % total);
  }
}

package dev.jabu.discord;

import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Points JDA at a configured gateway (a proxy, or a test's fake Discord) instead of Discord's own,
 * which JDA otherwise hard-codes for a single bot.
 */
final class FixedGateway extends SessionControllerAdapter {
  private final String url;

  FixedGateway(String url) {
    this.url = url;
  }

  @Override
  public String getGateway() {
    return url;
  }

  /** Several shards: Discord still says how many and how fast, the URL stays the configured one. */
  @Override
  public ShardedGateway getShardedGateway(net.dv8tion.jda.api.JDA api) {
    ShardedGateway asked = super.getShardedGateway(api);
    return new ShardedGateway(url, asked.getShardTotal(), asked.getConcurrency());
  }
}

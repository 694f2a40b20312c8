package dev.jabu.core.builtin;

import dev.jabu.core.command.CommandModule;
import dev.jabu.core.command.CommandSpec;
import java.util.List;

/**
 * {@code /jabu}: the bot itself — how it writes to you, what it keeps about you, how it runs. Its
 * subcommands come from the parts of the core that own them, gathered here into one command.
 */
public final class JabuCommand implements CommandModule {
  private final List<CommandSpec> subcommands;

  public JabuCommand(List<CommandSpec> subcommands) {
    this.subcommands = List.copyOf(subcommands);
  }

  @Override
  public List<CommandSpec> commands() {
    CommandSpec.Builder jabu =
        CommandSpec.command("jabu")
            .aliases("자부")
            .description(
                "jabu 자신: 나에게 쓰는 방식과 봇의 상태", "jabu itself: how it writes to you, how it runs");
    subcommands.forEach(jabu::subcommand);
    return List.of(jabu.build());
  }
}

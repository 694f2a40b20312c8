package dev.jabu.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.RichMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandRegistryTest {
  private static final CommandHandler OK = ctx -> Reply.publicly(RichMessage.text("ok"));

  private static CommandSpec.Builder leaf(String name) {
    return CommandSpec.command(name).description("설명", "description").handler(OK);
  }

  private static CommandRegistry registryOf(CommandSpec... specs) {
    return new CommandRegistry(List.of(() -> List.of(specs)));
  }

  @Test
  void findsCommandsByNameAndAliasIgnoringCaseAndSlash() {
    CommandRegistry registry = registryOf(leaf("term").aliases("용어").build());
    assertThat(registry.find("/TERM")).isPresent();
    assertThat(registry.find("용어").map(CommandSpec::name)).contains("term");
    assertThat(registry.find("nope")).isEmpty();
  }

  @Test
  void aDuplicateNameFailsAtStartup() {
    assertThatThrownBy(() -> registryOf(leaf("term").build(), leaf("term").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'term'");
  }

  @Test
  void anAliasThatClashesWithAnotherNameFails() {
    assertThatThrownBy(
            () -> registryOf(leaf("term").build(), leaf("glossary").aliases("TERM").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("term");
  }

  @Test
  void duplicatesAcrossModulesFailToo() {
    CommandModule a = () -> List.of(leaf("meetup").build());
    CommandModule b = () -> List.of(leaf("meetups").aliases("meetup").build());
    assertThatThrownBy(() -> new CommandRegistry(List.of(a, b)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aDuplicateSubcommandOrSubcommandAliasFails() {
    CommandSpec meetup =
        CommandSpec.command("meetup")
            .description("밋업", "meetups")
            .subcommand(leaf("rsvp").build())
            .subcommand(leaf("join").aliases("rsvp").build())
            .build();
    assertThatThrownBy(() -> registryOf(meetup))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("subcommand")
        .hasMessageContaining("rsvp");
  }

  @Test
  void aDuplicateOptionFails() {
    CommandSpec spec =
        leaf("term")
            .option(OptionSpec.required("query", OptionType.STRING, "검색어", "query"))
            .option(OptionSpec.optional("query", OptionType.STRING, "검색어", "query"))
            .build();
    assertThatThrownBy(() -> registryOf(spec)).hasMessageContaining("option 'query'");
  }

  @Test
  void aCommandHasEitherSubcommandsOrAHandler() {
    assertThatThrownBy(() -> CommandSpec.command("x").description("x", "x").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                CommandSpec.command("x")
                    .description("x", "x")
                    .handler(OK)
                    .subcommand(leaf("y").build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyTheLastOptionMayTakeTheRestOfTheLine() {
    assertThatThrownBy(
            () ->
                leaf("x")
                    .option(OptionSpec.required("a", OptionType.STRING, "a", "a").takingRest())
                    .option(OptionSpec.required("b", OptionType.STRING, "b", "b"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void subcommandsInheritTheParentsRole() {
    CommandSpec sub = leaf("cancel").build();
    CommandSpec meetup =
        CommandSpec.command("meetup")
            .description("밋업", "meetups")
            .requiredRole(Role.MODERATOR)
            .subcommand(sub)
            .build();
    assertThat(sub.effectiveRole(meetup)).isEqualTo(Role.MODERATOR);
    assertThat(leaf("x").requiredRole(Role.MEMBER).build().effectiveRole(meetup))
        .isEqualTo(Role.MEMBER);
  }
}

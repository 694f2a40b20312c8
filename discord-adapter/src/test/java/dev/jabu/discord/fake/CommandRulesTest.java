package dev.jabu.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The fake refuses the command payloads the real Discord refuses, so jabu's tests can fail. */
class CommandRulesTest {
  private static JsonNode json(String text) {
    return FakeDiscord.parse(text.replace('\'', '"'));
  }

  private static String command(String options, String extra) {
    return "[{'type':1,'name':'recap','description':'Recaps'"
        + extra
        + ",'options':["
        + options
        + "]}]";
  }

  @Test
  void wellFormedCommandsPass() {
    String ok =
        command(
            "{'type':4,'name':'seats','description':'Seats','min_value':1,'max_value':10000},"
                + "{'type':11,'name':'file','description':'File',"
                + "'name_localizations':{'ko':'파일'}},"
                + "{'type':3,'name':'kind','description':'Kind','choices':"
                + "[{'name':'tool','value':'tool','name_localizations':{'ko':'도구'}}]}",
            ",'name_localizations':{'ko':'후기'}");
    assertThat(PayloadRules.commands(json(ok))).isEmpty();
    String menu = "[{'type':3,'name':'Publish as recap','name_localizations':{'ko':'후기로 올리기'}}]";
    assertThat(PayloadRules.commands(json(menu))).isEmpty();
  }

  @Test
  void whatDiscordRefusesIsFound() {
    StringBuilder choices = new StringBuilder();
    for (int i = 0; i < 26; i++) {
      choices
          .append(i == 0 ? "" : ",")
          .append("{'name':'c")
          .append(i)
          .append("','value':'")
          .append(i)
          .append("'}");
    }
    assertThat(problems(command("", ",'name_localizations':{'ko':'후 기'}")))
        .anyMatch(p -> p.contains("invalid ko name"));
    assertThat(problems(command("", ",'name_localizations':{'ko':'Recap'}")))
        .anyMatch(p -> p.contains("invalid ko name"));
    assertThat(problems(command("", ",'name_localizations':{'kr':'후기'}")))
        .anyMatch(p -> p.contains("unknown locale"));
    assertThat(
            problems(
                command("{'type':3,'name':'k','description':'K','choices':[" + choices + "]}", "")))
        .anyMatch(p -> p.contains("more than 25 choices"));
    assertThat(
            problems(
                command(
                    "{'type':4,'name':'n','description':'N','choices':[{'name':'a','value':'a'}]}",
                    "")))
        .anyMatch(p -> p.contains("must be an integer"));
    assertThat(
            problems(
                command("{'type':4,'name':'n','description':'N','min_value':5,'max_value':1}", "")))
        .anyMatch(p -> p.contains("larger than max_value"));
    assertThat(problems(command("{'type':3,'name':'n','description':'N','min_value':1}", "")))
        .anyMatch(p -> p.contains("only on integer and number"));
    assertThat(
            problems(
                command(
                    "{'type':11,'name':'f','description':'F','choices':[{'name':'a','value':'a'}]}",
                    "")))
        .anyMatch(p -> p.contains("choices only on string"));
    assertThat(
            problems(command("{'type':11,'name':'f','description':'F','autocomplete':true}", "")))
        .anyMatch(p -> p.contains("cannot autocomplete"));
    assertThat(
            problems(
                command(
                    "{'type':3,'name':'a','description':'A'},{'type':3,'name':'b','description':'B','required':true}",
                    "")))
        .anyMatch(p -> p.contains("required options must come before"));
    assertThat(problems("[{'type':3,'name':'Publish as recap','description':'x'}]"))
        .anyMatch(p -> p.contains("empty description"));
    assertThat(problems("[{'type':3,'name':'" + "x".repeat(33) + "'}]"))
        .anyMatch(p -> p.contains("1 to 32"));
  }

  @Test
  void aModalWithinDiscordsLimitsPassesAndOneBeyondThemIsRefused() {
    String ok =
        "{'custom_id':'j1:/recap preview','title':'Paste a recap','components':[{'type':18,"
            + "'label':'Recap','component':{'type':4,'custom_id':'text','style':2,'max_length':4000}}]}";
    assertThat(ModalRules.modal(json(ok))).isEmpty();
    String bad =
        "{'custom_id':'j1:/recap preview','title':'"
            + "t".repeat(46)
            + "','components':[{'type':18,"
            + "'label':'Recap','component':{'type':4,'custom_id':'text','style':3,'max_length':4001}}]}";
    assertThat(ModalRules.modal(json(bad)))
        .anyMatch(p -> p.contains("title"))
        .anyMatch(p -> p.contains("style"))
        .anyMatch(p -> p.contains("max_length"));
  }

  private static java.util.List<String> problems(String payload) {
    return PayloadRules.commands(json(payload));
  }
}

package dev.jabu.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jabu.core.CoreSettings;
import dev.jabu.core.engine.Reply;
import dev.jabu.core.message.PlainTextRenderer;
import dev.jabu.core.message.RichMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JsonOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode answer(Reply reply) throws Exception {
    StringWriter buffer = new StringWriter();
    JsonOutput output =
        new JsonOutput(
            new PrintWriter(buffer),
            new PlainTextRenderer(CoreSettings.defaults().zone(), Locale.ENGLISH));
    output.answer("/meetup attendees 1", reply, java.util.Locale.KOREAN);
    output.flush();
    return JSON.readTree(buffer.toString());
  }

  @Test
  void issue12_attachmentsCarryTheirContentSoAScriptCanReadThem() throws Exception {
    String csv = "status,member\nseat,김하늘\n";
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff};
    Reply reply =
        Reply.privately(RichMessage.text("files"))
            .withAttachment(
                new Reply.Attachment(
                    "attendees.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
            .withAttachment(new Reply.Attachment("slide.png", "image/png", png));

    JsonNode files = answer(reply).get("attachments");

    assertThat(files).hasSize(2);
    JsonNode text = files.get(0);
    assertThat(text.get("filename").asText()).isEqualTo("attendees.csv");
    assertThat(text.get("contentType").asText()).isEqualTo("text/csv");
    assertThat(text.get("encoding").asText()).isEqualTo("utf-8");
    assertThat(text.get("content").asText()).isEqualTo(csv);
    assertThat(text.get("bytes").asInt()).isEqualTo(csv.getBytes(StandardCharsets.UTF_8).length);

    JsonNode binary = files.get(1);
    assertThat(binary.get("contentType").asText()).isEqualTo("image/png");
    assertThat(binary.get("encoding").asText()).isEqualTo("base64");
    assertThat(Base64.getDecoder().decode(binary.get("content").asText())).isEqualTo(png);
  }

  @Test
  void textThatIsNotValidUtf8IsSentAsBase64AndLosesNoByte() throws Exception {
    byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    JsonNode file =
        answer(
                Reply.privately(RichMessage.text("file"))
                    .withAttachment(new Reply.Attachment("old.txt", "text/plain", latin1)))
            .get("attachments")
            .get(0);
    assertThat(file.get("encoding").asText()).isEqualTo("base64");
    assertThat(Base64.getDecoder().decode(file.get("content").asText())).isEqualTo(latin1);
  }

  @Test
  void yamlAndCalendarFilesAreText() throws Exception {
    JsonNode files =
        answer(
                Reply.privately(RichMessage.text("files"))
                    .withAttachment(
                        new Reply.Attachment(
                            "g.yaml",
                            "application/yaml",
                            "a: 1\n".getBytes(StandardCharsets.UTF_8)))
                    .withAttachment(
                        new Reply.Attachment(
                            "m.ics",
                            "text/calendar; charset=utf-8",
                            "BEGIN:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8))))
            .get("attachments");
    assertThat(files.get(0).get("content").asText()).isEqualTo("a: 1\n");
    assertThat(files.get(1).get("content").asText()).isEqualTo("BEGIN:VCALENDAR\r\n");
  }
}

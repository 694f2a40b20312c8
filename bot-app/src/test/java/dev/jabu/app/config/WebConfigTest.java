package dev.jabu.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code web:} and {@code http.public-url}: the public page's switch and address. */
class WebConfigTest {
  @TempDir Path dir;

  private JabuConfig load(String yaml) throws Exception {
    Files.createDirectories(dir.resolve("glossary"));
    Path file = dir.resolve("jabu.yaml");
    Files.writeString(file, yaml);
    return ConfigLoader.load(file, Map.of());
  }

  private String problems(String yaml) {
    return catchThrowableOfType(ConfigException.class, () -> load(yaml)).getMessage();
  }

  @Test
  void thePageIsOnByDefaultWithoutAPublicAddress() throws Exception {
    JabuConfig config = ConfigLoader.load(Path.of("../config/jabu.yaml"), Map.of());
    assertThat(config.http().orElseThrow().web()).contains(new JabuConfig.Web(120));
    assertThat(config.http().orElseThrow().publicUrl()).isEmpty();
    assertThat(config.pageUrl()).isEmpty();
  }

  @Test
  void aPublicAddressIsASiteRootWithoutItsTrailingSlash() throws Exception {
    JabuConfig config = load("http:\n  public-url: https://jabu.example.org/\n");
    assertThat(config.pageUrl()).contains("https://jabu.example.org");
    JabuConfig off =
        load("http:\n  public-url: https://jabu.example.org\nweb:\n  enabled: false\n");
    assertThat(off.http().orElseThrow().publicUrl()).contains("https://jabu.example.org");
    assertThat(off.pageUrl()).isEqualTo(Optional.empty());
  }

  @Test
  void aWrongAddressIsExplained() {
    assertThat(problems("http:\n  public-url: ftp://jabu.example.org\n"))
        .contains("http.public-url", "not an http or https address", "https://jabu.example.org");
    assertThat(problems("http:\n  public-url: https://example.org/jabu\n"))
        .contains("http.public-url", "not a site root");
    assertThat(problems("http:\n  public-url: \"not a url\"\n")).contains("http.public-url");
  }

  @Test
  void thePageNeedsTheHttpServer() {
    assertThat(problems("http:\n  enabled: false\nweb:\n  enabled: true\n"))
        .contains("web.enabled", "set http.enabled: true, or web.enabled: false");
    assertThat(problems("web:\n  searches-per-minute: 0\n")).contains("web.searches-per-minute");
    assertThat(problems("web:\n  theme: dark\n")).contains("web.theme");
  }
}

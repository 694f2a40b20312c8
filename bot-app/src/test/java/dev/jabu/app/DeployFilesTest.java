package dev.jabu.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.jabu.app.config.ConfigLoader;
import dev.jabu.app.config.JabuConfig;
import dev.jabu.app.config.Secrets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files in deploy/ are read here the way their tools would read them, so a renamed environment
 * variable, a lost probe or an invalid embedded jabu.yaml fails the build.
 */
class DeployFilesTest {
  private static final Path DEPLOY = Path.of("..", "deploy");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The JVM's own variable, which the image and jobs may set for JVM flags. */
  private static final Set<String> JVM_ENV = Set.of("JAVA_TOOL_OPTIONS");

  @TempDir Path dir;

  /** Every environment variable jabu reads: its secrets, and the ones logback.xml refers to. */
  static Set<String> namesJabuReads() throws IOException {
    Set<String> names = new TreeSet<>();
    Map<String, String> recording =
        new HashMap<>() {
          @Override
          public String get(Object key) {
            names.add((String) key);
            return null;
          }
        };
    Secrets.from(recording);
    try (InputStream logback = DeployFilesTest.class.getResourceAsStream("/logback.xml")) {
      Matcher references =
          Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:-[^}]*)?}")
              .matcher(new String(logback.readAllBytes(), StandardCharsets.UTF_8));
      while (references.find()) {
        names.add(references.group(1));
      }
    }
    return names;
  }

  @Test
  void theEnvironmentNamesListIsRead() throws IOException {
    assertThat(namesJabuReads())
        .contains(
            "DISCORD_TOKEN",
            "SLACK_BOT_TOKEN",
            "SLACK_SIGNING_SECRET",
            "SLACK_APP_TOKEN",
            "JABU_DATABASE_URL",
            "JABU_LOG_DIR");
  }

  @Test
  void kubernetesRunsTwoProbedReplicasWithNamesJabuReads() throws Exception {
    JsonNode deployment = yaml("kubernetes/deployment.yaml");
    JsonNode secret = yaml("kubernetes/secret.yaml");
    JsonNode configMap = yaml("kubernetes/configmap.yaml");
    JsonNode service = yaml("kubernetes/service.yaml");
    assertThat(deployment.path("apiVersion").asText()).isEqualTo("apps/v1");
    assertThat(deployment.path("kind").asText()).isEqualTo("Deployment");
    assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(2);
    JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
    assertThat(deployment.at("/spec/selector/matchLabels")).isEqualTo(podLabels);
    assertThat(service.path("kind").asText()).isEqualTo("Service");
    assertThat(service.at("/spec/selector")).isEqualTo(podLabels);

    JsonNode container = deployment.at("/spec/template/spec/containers/0");
    assertThat(container.path("image").asText()).isNotBlank();
    Map<String, Integer> ports = new HashMap<>();
    container
        .path("ports")
        .forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
    assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/healthz");
    assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/readyz");
    assertThat(ports).containsKey(container.at("/livenessProbe/httpGet/port").asText());
    assertThat(ports).containsKey(container.at("/readinessProbe/httpGet/port").asText());
    assertThat(ports).containsKey(service.at("/spec/ports/0/targetPort").asText());
    assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
    assertThat(deployment.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean())
        .isTrue();

    assertThat(secret.path("kind").asText()).isEqualTo("Secret");
    Set<String> secretKeys = fieldNames(secret.path("stringData"));
    assertThat(secretKeys).isSubsetOf(namesJabuReads()).contains("JABU_DATABASE_URL");
    List<String> envNames = new ArrayList<>();
    for (JsonNode env : container.path("env")) {
      envNames.add(env.path("name").asText());
      JsonNode ref = env.at("/valueFrom/secretKeyRef");
      if (!ref.isMissingNode()) {
        assertThat(ref.path("name").asText()).isEqualTo(secret.at("/metadata/name").asText());
        assertThat(secretKeys).contains(ref.path("key").asText());
      }
    }
    assertThat(envNames).isSubsetOf(namesJabuReads()).containsAll(secretKeys);

    assertThat(configMap.path("kind").asText()).isEqualTo("ConfigMap");
    JsonNode configVolume = deployment.at("/spec/template/spec/volumes/0/configMap");
    assertThat(configVolume.path("name").asText())
        .isEqualTo(configMap.at("/metadata/name").asText());
    JabuConfig config = loadConfig(configMap.at("/data/jabu.yaml").asText());
    assertThat(config.http()).isPresent();
    assertThat(config.http().get().host()).isEqualTo("0.0.0.0");
    assertThat(ports).containsValue(config.http().get().port());

    for (JsonNode resource : yaml("kubernetes/kustomization.yaml").path("resources")) {
      assertThat(DEPLOY.resolve("kubernetes").resolve(resource.asText())).isRegularFile();
    }
  }

  @Test
  void composeRunsJabuOnItsPostgresql() throws Exception {
    JsonNode compose = yaml("compose.yaml");
    JsonNode jabu = compose.at("/services/jabu");
    assertThat(compose.at("/services/postgres/image").asText()).startsWith("postgres:");
    assertThat(jabu.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
    Set<String> env = fieldNames(jabu.path("environment"));
    assertThat(env).isSubsetOf(namesJabuReads()).contains("JABU_DATABASE_URL");
    assertThat(jabu.path("environment").path("JABU_DATABASE_URL").asText())
        .contains("@postgres:5432/");
    assertThat(
            DEPLOY
                .resolve(jabu.at("/build/context").asText())
                .resolve(jabu.at("/build/dockerfile").asText()))
        .isRegularFile();
  }

  @Test
  void theImageRunsAsAnUnprivilegedUserWithAValidConfig() throws Exception {
    String dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));
    Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(dockerfile);
    assertThat(user.find()).isTrue();
    assertThat(user.group(1)).isNotIn("root", "0");
    assertThat(dockerfile).containsPattern("(?m)^VOLUME\\s+/data");
    Matcher env = Pattern.compile("(?m)^ENV\\s+([A-Z_]+)=").matcher(dockerfile);
    while (env.find()) {
      assertThat(namesJabuReads()).contains(env.group(1));
    }
    // every file the image copies exists, from the project folder as build context
    Matcher copy = Pattern.compile("(?m)^COPY\\s+(?!--from)(\\S+)\\s").matcher(dockerfile);
    while (copy.find()) {
      assertThat(Path.of("..").resolve(copy.group(1))).exists();
    }
    // `COPY . .` takes the whole project folder: a developer's data/ (members' RSVPs, the audit
    // log) and build output must stay out of the build context
    assertThat(Path.of("..", ".dockerignore")).isRegularFile();
    assertThat(Files.readAllLines(Path.of("..", ".dockerignore")))
        .contains("data", "**/data", "**/target", ".git");
    JabuConfig config = loadConfig(Files.readString(DEPLOY.resolve("docker/jabu.yaml")));
    assertThat(config.http().orElseThrow().host()).isEqualTo("0.0.0.0");
    assertThat(dockerfile).containsPattern("(?m)^EXPOSE\\s+" + config.http().get().port());
  }

  @Test
  void nomadJobsRunTwoInstancesCheckedOnReadyz() throws Exception {
    for (String file : List.of("nomad/jabu-java.nomad.hcl", "nomad/jabu-docker.nomad.hcl")) {
      String hcl = Files.readString(DEPLOY.resolve(file));
      assertThat(balanced(hcl)).as(file + " braces").isTrue();
      assertThat(hcl).as(file).containsPattern("(?m)^\\s*count\\s*=\\s*2\\s*$");
      assertThat(hcl).as(file).containsPattern("type\\s*=\\s*\"http\"");
      assertThat(hcl).as(file).containsPattern("path\\s*=\\s*\"/readyz\"");
      assertThat(hcl).as(file).contains("nomadVar \"nomad/jobs/jabu\"");
      // {{ with .NAME }}NAME={{ . }}{{ end }} lines: the variable's key and the environment name
      // are the same, and a key the variable lacks writes no line. A bare NAME={{ .NAME }} writes
      // NAME=<no value> for a missing key, which jabu reads as a token.
      assertThat(hcl).as(file).doesNotContainPattern("(?m)^\\s*[A-Z_]+=\\{\\{ \\.[A-Z_]+ }}");
      Matcher secret =
          Pattern.compile(
                  "(?m)^\\s*\\{\\{ with \\.([A-Z_]+) }}([A-Z_]+)=\\{\\{ \\. }}\\{\\{ end }}$")
              .matcher(hcl);
      Set<String> secrets = new HashSet<>();
      while (secret.find()) {
        assertThat(secret.group(2)).isEqualTo(secret.group(1));
        secrets.add(secret.group(1));
      }
      assertThat(secrets).isSubsetOf(namesJabuReads()).contains("JABU_DATABASE_URL");
      Matcher envBlock = Pattern.compile("(?s)\\benv\\s*\\{(.*?)}").matcher(hcl);
      while (envBlock.find()) {
        Matcher name = Pattern.compile("(?m)^\\s*([A-Z_]+)\\s*=").matcher(envBlock.group(1));
        while (name.find()) {
          assertThat(namesJabuReads()).contains(name.group(1));
        }
      }
    }
    String java = Files.readString(DEPLOY.resolve("nomad/jabu-java.nomad.hcl"));
    assertThat(java).containsPattern("driver\\s*=\\s*\"java\"").contains("jar_path");
    // the jar alone does not start: its jabu.yaml names a glossary folder beside it
    assertThat(java).containsPattern("destination\\s*=\\s*\"local/glossary\"");
    // the port Nomad hands out is the one jabu listens on
    assertThat(java).contains("port: {{ env \"NOMAD_PORT_http\" }}").contains("host: 0.0.0.0");
    String docker = Files.readString(DEPLOY.resolve("nomad/jabu-docker.nomad.hcl"));
    assertThat(docker)
        .containsPattern("driver\\s*=\\s*\"docker\"")
        .containsPattern("to\\s*=\\s*8080");
  }

  @Test
  void theSystemdUnitIsSandboxed() throws Exception {
    Map<String, List<String>> service = new HashMap<>();
    String section = "";
    for (String line :
        Files.readString(DEPLOY.resolve("systemd/jabu.service")).replace("\\\n", " ").split("\n")) {
      line = line.strip();
      if (line.startsWith("[")) {
        section = line;
      } else if (section.equals("[Service]") && line.contains("=") && !line.startsWith("#")) {
        int eq = line.indexOf('=');
        service
            .computeIfAbsent(line.substring(0, eq), k -> new ArrayList<>())
            .add(line.substring(eq + 1));
      }
    }
    assertThat(service.get("DynamicUser")).containsExactly("yes");
    assertThat(service.get("ProtectSystem")).containsExactly("strict");
    assertThat(service.get("StateDirectory")).containsExactly("jabu");
    assertThat(service.get("WorkingDirectory")).containsExactly("/var/lib/jabu");
    // the JVM ends a SIGTERM stop (systemctl stop) with 143: without this the unit shows "failed"
    assertThat(service.get("SuccessExitStatus")).containsExactly("143");
    assertThat(service.get("ExecStart").get(0)).contains("-jar /opt/jabu/jabu.jar run --config");
    for (String env : service.get("Environment")) {
      assertThat(namesJabuReads()).contains(env.substring(0, env.indexOf('=')));
    }
  }

  @Test
  void theJibImageProfileIsPinnedAndUnprivileged() throws Exception {
    var pom =
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Path.of("pom.xml").toFile());
    var xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
    String profile = "/project/profiles/profile[id='image']";
    assertThat(xpath.evaluate(profile + "/properties/jabu.image.base", pom))
        .matches("[^@\\s]+@sha256:[0-9a-f]{64}");
    String container = profile + "/build/plugins/plugin/configuration/container";
    assertThat(xpath.evaluate(container + "/user", pom)).matches("[1-9][0-9]*:[1-9][0-9]*");
    assertThat(xpath.evaluate(container + "/volumes/volume", pom)).isEqualTo("/data");
    assertThat(xpath.evaluate(container + "/mainClass", pom)).isEqualTo(Main.class.getName());
    var froms =
        (org.w3c.dom.NodeList)
            xpath.evaluate(
                profile + "/build/plugins/plugin/configuration/extraDirectories/paths/path/from",
                pom,
                javax.xml.xpath.XPathConstants.NODESET);
    assertThat(froms.getLength()).isPositive();
    for (int i = 0; i < froms.getLength(); i++) {
      String from = froms.item(i).getTextContent().replace("${project.basedir}/", "");
      assertThat(Path.of(from)).isDirectory();
    }
  }

  /**
   * The image (Dockerfile and Jib), the systemd unit and the Nomad java job start the JVM with
   * bin/jabu's settings, so the memory measured with bin/jabu (docs/benchmarks.md, "Lean JVM") is
   * what every deployment gets. Only bin/jabu's -Xlog flags, which keep the console's stdout for
   * answers, are its own.
   */
  @Test
  void everyLauncherStartsTheJvmWithBinJabusSettings() throws Exception {
    Matcher array =
        Pattern.compile("(?s)\\njvm=\\((.*?)\\)")
            .matcher(Files.readString(Path.of("..", "bin", "jabu")));
    assertThat(array.find()).as("bin/jabu's jvm=(...) flags").isTrue();
    List<String> flags = new ArrayList<>();
    for (String flag : array.group(1).trim().split("\\s+")) {
      if (!flag.startsWith("-Xlog")) {
        flags.add(flag);
      }
    }
    assertThat(flags).contains("-XX:+UseSerialGC").anyMatch(f -> f.startsWith("-Xmx"));

    Map<String, String> launchers = new HashMap<>();
    String dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));
    Matcher entrypoint = Pattern.compile("(?s)ENTRYPOINT \\[(.*?)]").matcher(dockerfile);
    assertThat(entrypoint.find()).isTrue();
    launchers.put("deploy/Dockerfile", entrypoint.group(1));
    String unit = Files.readString(DEPLOY.resolve("systemd/jabu.service")).replace("\\\n", " ");
    Matcher execStart = Pattern.compile("(?m)^ExecStart=(.*)$").matcher(unit);
    assertThat(execStart.find()).isTrue();
    launchers.put("deploy/systemd/jabu.service", execStart.group(1));
    String nomad = Files.readString(DEPLOY.resolve("nomad/jabu-java.nomad.hcl"));
    Matcher jvmOptions = Pattern.compile("(?s)jvm_options\\s*=\\s*\\[(.*?)]").matcher(nomad);
    assertThat(jvmOptions.find()).isTrue();
    launchers.put("deploy/nomad/jabu-java.nomad.hcl", jvmOptions.group(1));
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher jib = Pattern.compile("(?s)<jvmFlags>(.*?)</jvmFlags>").matcher(pom);
    assertThat(jib.find()).isTrue();
    launchers.put("bot-app/pom.xml (Jib)", jib.group(1));

    for (Map.Entry<String, String> launcher : launchers.entrySet()) {
      List<String> started = new ArrayList<>();
      Matcher flag =
          Pattern.compile("(?<![\\w-])-[XD][^\\s\",<\\\\]*").matcher(launcher.getValue());
      while (flag.find()) {
        started.add(flag.group());
      }
      assertThat(started).as(launcher.getKey()).containsSequence(flags);
    }
  }

  private JabuConfig loadConfig(String yaml) throws Exception {
    Path folder = Files.createTempDirectory(dir, "config");
    Files.createDirectories(folder.resolve("glossary"));
    Path file = Files.writeString(folder.resolve("jabu.yaml"), yaml);
    return ConfigLoader.load(file, Map.of());
  }

  private static JsonNode yaml(String file) throws IOException {
    return YAML.readTree(DEPLOY.resolve(file).toFile());
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static boolean balanced(String text) {
    int depth = 0;
    for (char c : text.toCharArray()) {
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }
}

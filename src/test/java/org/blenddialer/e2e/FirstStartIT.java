package org.blenddialer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.blenddialer.testing.Poll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The quick start, as a newcomer runs it: the packaged service with no configuration comes up with
 * an embedded database, prints a generated administrator password once, lets the administrator
 * create users, and keeps its data across a restart.
 */
class FirstStartIT {

  private static final Pattern GENERATED = Pattern.compile("generated password (\\S+)");
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Path dataDir;

  @BeforeEach
  void freshDataDirectory() throws IOException {
    Path parent = Files.createDirectories(Path.of("target", "e2e").toAbsolutePath());
    dataDir = Files.createTempDirectory(parent, "first-start");
  }

  @AfterEach
  void removeDataDirectory() throws IOException {
    try (Stream<Path> paths = Files.walk(dataDir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  void unconfiguredServiceStartsReadyAndKeepsItsDataAcrossARestart() throws Exception {
    String adminPassword;
    try (PackagedService service = PackagedService.start(dataDir)) {
      String line = service.awaitLine(l -> GENERATED.matcher(l).find(), Duration.ofSeconds(30));
      Matcher m = GENERATED.matcher(line);
      m.find();
      adminPassword = m.group(1);
      assertThat(adminPassword).hasSizeGreaterThanOrEqualTo(16);

      String demo =
          service.awaitLine(l -> l.contains("Loaded the demo centre"), Duration.ofSeconds(30));
      Matcher dm = Pattern.compile("generated password (\\S+)").matcher(demo);
      assertThat(dm.find()).as("demo password in: " + demo).isTrue();
      var queues = send(service, "GET", "/api/v1/queues", basic("agent1", dm.group(1)), null);
      assertThat(queues.statusCode()).isEqualTo(200);
      assertThat(queues.body()).contains("Kundeservice DK", "Kundtjänst SE");
      // The example lead files go through the normal import, each with its job and report.
      String managerAuth = basic("manager", dm.group(1));
      String[] jobs = new String[1];
      Poll.until(
          Duration.ofSeconds(60),
          "the six demo lead imports completed",
          () -> {
            try {
              jobs[0] = send(service, "GET", "/api/v1/lead-imports", managerAuth, null).body();
            } catch (IOException | InterruptedException e) {
              return false;
            }
            return jobs[0].split("\"state\":\"COMPLETED\"", -1).length - 1 == 6;
          });
      assertThat(jobs[0])
          .contains("sweden-utf8-bom.csv", "finland-unicode-text.txt", "usa-uk-fiction.xlsx");

      var ready = send(service, "GET", "/q/health/ready", null, null);
      assertThat(ready.statusCode()).isEqualTo(200);
      assertThat(ready.body()).contains("\"status\": \"UP\"");

      var created =
          send(
              service,
              "POST",
              "/api/v1/users",
              basic("admin", adminPassword),
              "{\"username\":\"sanna\",\"displayName\":\"Sanna Virtanen\","
                  + "\"password\":\"agent-password-1\",\"roles\":[\"AGENT\"]}");
      assertThat(created.statusCode()).isEqualTo(201);

      var forbidden =
          send(service, "GET", "/api/v1/users", basic("sanna", "agent-password-1"), null);
      assertThat(forbidden.statusCode()).isEqualTo(403);
      assertThat(forbidden.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
    }

    try (PackagedService again = PackagedService.start(dataDir)) {
      assertThat(again.log())
          .noneMatch(l -> l.contains("Created administrator") || l.contains("Loaded the demo"));
      var me = send(again, "GET", "/api/v1/me", basic("sanna", "agent-password-1"), null);
      assertThat(me.statusCode()).isEqualTo(200);
      assertThat(me.body()).contains("Sanna Virtanen");
      var admin = send(again, "GET", "/api/v1/users", basic("admin", adminPassword), null);
      assertThat(admin.statusCode()).isEqualTo(200);
      assertThat(again.log()).noneMatch(l -> l.contains(adminPassword));
    }
  }

  private HttpResponse<String> send(
      PackagedService service, String method, String path, String auth, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (auth != null) {
      request.header("Authorization", auth);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}

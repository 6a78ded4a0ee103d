package org.blenddialer.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) run as a user runs it, in its
 * own process, with its log captured so tests can wait on what it prints.
 */
final class PackagedService implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");

  private final Process process;
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final int port;

  private PackagedService(Process process, Duration startupDeadline) throws IOException {
    this.process = process;
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  log.add(line);
                }
              } catch (IOException e) {
                log.add("log reader stopped: " + e);
              }
            },
            "packaged-service-log");
    reader.setDaemon(true);
    reader.start();
    String line = awaitLine(l -> LISTENING.matcher(l).find(), startupDeadline);
    Matcher m = LISTENING.matcher(line);
    m.find();
    this.port = Integer.parseInt(m.group(1));
  }

  /** Starts the packaged service on a free port with the given data directory, nothing else. */
  static PackagedService start(Path dataDir) throws IOException {
    Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException("Package the service first: " + jar + " is missing");
    }
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddialer.db.embedded.data-dir=" + dataDir,
                // A checkout under /tmp would put the data directory inside the system temp
                // directory, which the embedded database refuses: give the service its own.
                "-Djava.io.tmpdir=" + serviceTempDir(),
                "-Dquarkus.http.port=0",
                "-jar",
                jar.toString())
            .redirectErrorStream(true);
    // A user's shell: none of the test run's datasource or admin settings leak in.
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("DIALER_"));
    return new PackagedService(builder.start(), Duration.ofSeconds(120));
  }

  private static Path serviceTempDir() throws IOException {
    return Files.createDirectories(Path.of("target", "e2e-tmp").toAbsolutePath());
  }

  /** Base URL of the running service. */
  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** Everything the service has printed so far. */
  List<String> log() {
    return List.copyOf(log);
  }

  /** Waits until the service prints a line that matches, or fails at the deadline. */
  String awaitLine(Predicate<String> matches, Duration deadline) {
    long end = System.nanoTime() + deadline.toNanos();
    int seen = 0;
    while (System.nanoTime() < end) {
      List<String> snapshot = log();
      for (int i = seen; i < snapshot.size(); i++) {
        if (matches.test(snapshot.get(i))) {
          return snapshot.get(i);
        }
      }
      seen = snapshot.size();
      if (!process.isAlive()) {
        throw new IllegalStateException("The service exited:\n" + String.join("\n", log()));
      }
      try {
        process.waitFor(50, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(
        "No matching line within " + deadline + ":\n" + String.join("\n", log()));
  }

  /** Stops the service the way an operator does (SIGTERM) and waits for it to exit. */
  @Override
  public void close() throws IOException {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}

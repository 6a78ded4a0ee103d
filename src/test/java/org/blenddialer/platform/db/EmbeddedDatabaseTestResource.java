package org.blenddialer.platform.db;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One embedded MariaDB for the whole test run, on a fresh data directory under target/. When
 * QUARKUS_DATASOURCE_JDBC_URL is set the tests use that server instead.
 */
@QuarkusTestResource(value = EmbeddedDatabaseTestResource.class, restrictToAnnotatedClass = false)
public class EmbeddedDatabaseTestResource implements QuarkusTestResourceLifecycleManager {

  private static EmbeddedDatabase database;

  @Override
  public synchronized Map<String, String> start() {
    EmbeddedDatabaseSettings settings = EmbeddedDatabaseSettings.fromEnvironment();
    if (!settings.wanted()) {
      return Map.of();
    }
    if (database == null) {
      Path dataDir = Path.of("target", "test-mariadb").toAbsolutePath();
      deleteRecursively(dataDir);
      database = EmbeddedDatabase.startThrowaway(settings.withDataDir(dataDir));
      Runtime.getRuntime().addShutdownHook(new Thread(database::stop, "embedded-mariadb-stop"));
    }
    return database.datasourceProperties();
  }

  @Override
  public void stop() {
    // Kept for the rest of the test run; stopped by the shutdown hook.
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

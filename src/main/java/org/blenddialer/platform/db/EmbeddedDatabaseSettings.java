package org.blenddialer.platform.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where and whether the embedded MariaDB runs. Read before Quarkus starts, so it comes from system
 * properties ({@code -Ddialer.db.embedded.data-dir=...}) or environment variables ({@code
 * DIALER_DB_EMBEDDED_DATA_DIR}), not from application.properties.
 *
 * @param mode {@code auto} (embedded unless a datasource URL is configured), {@code true} or {@code
 *     false}
 * @param externalUrlConfigured whether {@code quarkus.datasource.jdbc.url} is set
 * @param dataDir where the database files live; survives restarts
 * @param baseDir where the MariaDB binaries are unpacked once
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param databaseName schema the service uses
 * @param bufferPoolSize InnoDB buffer pool, in MariaDB's size syntax ({@code 1G}, {@code 512M})
 */
public record EmbeddedDatabaseSettings(
    String mode,
    boolean externalUrlConfigured,
    Path dataDir,
    Path baseDir,
    int port,
    String databaseName,
    String bufferPoolSize) {

  /** Default data directory, relative to the working directory. */
  public static final String DEFAULT_DATA_DIR = "data/mariadb";

  /**
   * Default InnoDB buffer pool. MariaDB's own default (128M) holds too little of a campaign's lead
   * table and its indexes: a million-lead import then spends its time writing pages out and reading
   * them back (measured in docs/leads.md).
   */
  public static final String DEFAULT_BUFFER_POOL_SIZE = "1G";

  public EmbeddedDatabaseSettings {
    mode = mode.toLowerCase(Locale.ROOT);
    if (!mode.equals("auto") && !mode.equals("true") && !mode.equals("false")) {
      throw new IllegalArgumentException(
          "dialer.db.embedded.enabled must be auto, true or false, was '" + mode + "'");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("dialer.db.embedded.port out of range: " + port);
    }
    if (!databaseName.matches("[A-Za-z0-9_]{1,64}")) {
      throw new IllegalArgumentException("dialer.db.embedded.database is not a plain name");
    }
    if (!bufferPoolSize.matches("[1-9][0-9]{0,12}[KMGkmg]?")) {
      throw new IllegalArgumentException(
          "dialer.db.embedded.buffer-pool-size must be a size such as 512M or 1G, was '"
              + bufferPoolSize
              + "'");
    }
  }

  /** Reads the settings from system properties and the process environment. */
  public static EmbeddedDatabaseSettings fromEnvironment() {
    return from(System.getProperties(), System.getenv());
  }

  /** Reads the settings from the given sources; system properties win over the environment. */
  public static EmbeddedDatabaseSettings from(Properties props, Map<String, String> env) {
    var lookup = new Lookup(props, env);
    boolean external = lookup.get("quarkus.datasource.jdbc.url", null) != null;
    Path home = Path.of(System.getProperty("user.home"));
    return new EmbeddedDatabaseSettings(
        lookup.get("dialer.db.embedded.enabled", "auto"),
        external,
        Path.of(lookup.get("dialer.db.embedded.data-dir", DEFAULT_DATA_DIR)).toAbsolutePath(),
        Path.of(
                lookup.get(
                    "dialer.db.embedded.base-dir",
                    home.resolve(".cache/blenddialer/mariadb").toString()))
            .toAbsolutePath(),
        Integer.parseInt(lookup.get("dialer.db.embedded.port", "0")),
        lookup.get("dialer.db.embedded.database", "blenddialer"),
        lookup.get("dialer.db.embedded.buffer-pool-size", DEFAULT_BUFFER_POOL_SIZE));
  }

  /** Whether the embedded database should be started. */
  public boolean wanted() {
    return switch (mode) {
      case "true" -> true;
      case "false" -> false;
      default -> !externalUrlConfigured;
    };
  }

  /** Returns a copy with another data directory (the tests use a fresh one per run). */
  public EmbeddedDatabaseSettings withDataDir(Path dir) {
    return new EmbeddedDatabaseSettings(
        mode, externalUrlConfigured, dir, baseDir, port, databaseName, bufferPoolSize);
  }

  private record Lookup(Properties props, Map<String, String> env) {
    String get(String key, String fallback) {
      String value = props.getProperty(key);
      if (value == null) {
        value = env.get(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
      }
      return value == null || value.isBlank() ? fallback : value;
    }
  }
}

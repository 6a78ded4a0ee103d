package org.blenddialer.platform.db;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Documents the embedded database keys. They are read before Quarkus starts (see {@link
 * EmbeddedDatabaseSettings}), so set them as environment variables or {@code -D} properties.
 */
@ConfigMapping(prefix = "dialer.db.embedded")
public interface EmbeddedDatabaseConfig {

  /** auto: embedded unless QUARKUS_DATASOURCE_JDBC_URL is set; true; false. */
  @WithDefault("auto")
  String enabled();

  /** Directory of the database files; survives restarts. */
  @WithDefault(EmbeddedDatabaseSettings.DEFAULT_DATA_DIR)
  String dataDir();

  /** Directory where the MariaDB binaries are unpacked once (default ~/.cache/blenddialer). */
  Optional<String> baseDir();

  /** Port on 127.0.0.1; 0 picks a free one. */
  @WithDefault("0")
  int port();

  /** Schema name. */
  @WithDefault("blenddialer")
  String database();

  /**
   * InnoDB buffer pool of the embedded server (MariaDB sizes: 512M, 1G); more keeps large lead
   * lists in memory.
   */
  @WithDefault(EmbeddedDatabaseSettings.DEFAULT_BUFFER_POOL_SIZE)
  String bufferPoolSize();
}

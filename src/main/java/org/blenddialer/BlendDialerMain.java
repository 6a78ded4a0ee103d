package org.blenddialer;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.blenddialer.platform.db.EmbeddedDatabase;
import org.blenddialer.platform.db.EmbeddedDatabaseSettings;

/**
 * Entry point: starts the embedded MariaDB when no external datasource is configured, then runs the
 * service.
 */
@QuarkusMain
public final class BlendDialerMain {

  private BlendDialerMain() {}

  /** Runs BlendDialer until it is stopped. */
  public static void main(String... args) {
    EmbeddedDatabaseSettings settings = EmbeddedDatabaseSettings.fromEnvironment();
    EmbeddedDatabase database = null;
    if (settings.wanted()) {
      database = EmbeddedDatabase.start(settings);
      database.publishAsDatasource();
    }
    try {
      Quarkus.run(args);
    } finally {
      if (database != null) {
        database.stop();
      }
    }
  }
}

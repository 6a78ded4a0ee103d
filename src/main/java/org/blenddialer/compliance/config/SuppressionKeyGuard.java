package org.blenddialer.compliance.config;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.blenddialer.platform.db.EmbeddedDatabase;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start a production service whose suppression-list key is the development default or
 * blank: hashes made under a known key can be reversed by hashing every number, and a key changed
 * later forgets every erased person. The embedded demo (prod profile on the embedded database) and
 * the dev and test profiles keep the default.
 */
@ApplicationScoped
public class SuppressionKeyGuard {

  /** The key's name as an operator sets it. */
  public static final String KEY = "dialer.compliance.suppression-key";

  /** The development default of the key (also in application.properties). */
  public static final String DEVELOPMENT_KEY = "blenddialer-development-suppression-key";

  private final ComplianceConfig config;

  SuppressionKeyGuard(ComplianceConfig config) {
    this.config = config;
  }

  /** Before anything else reads the key. */
  void onStart(@Observes @Priority(10) StartupEvent event) {
    List<String> profiles = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getProfiles();
    problem(profiles, EmbeddedDatabase.isActive(), config.suppressionKey())
        .ifPresent(
            message -> {
              throw new IllegalStateException(message);
            });
  }

  /**
   * Why the service must not start with this key, if it must not.
   *
   * @param profiles the active configuration profiles
   * @param embeddedDatabase whether the service runs on its embedded database (the demo)
   * @param key the configured key
   */
  public static Optional<String> problem(
      List<String> profiles, boolean embeddedDatabase, String key) {
    if (!profiles.contains("prod") || embeddedDatabase) {
      return Optional.empty();
    }
    if (key == null || key.isBlank()) {
      return Optional.of(
          KEY
              + " (env DIALER_SUPPRESSION_KEY) is blank: set a long random secret before running"
              + " in production");
    }
    if (DEVELOPMENT_KEY.equals(key.trim())) {
      return Optional.of(
          KEY
              + " (env DIALER_SUPPRESSION_KEY) still has its development default: set a long"
              + " random secret before running in production, and never change it afterwards");
    }
    return Optional.empty();
  }
}

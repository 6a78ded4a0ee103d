package org.blenddialer.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A random session key for this start, used only when {@code dialer.web.session-key} is absent.
 * Supplying it ourselves keeps Quarkus from generating one and printing it in its log.
 */
public class GeneratedSessionKey implements ConfigSource {

  /** The property that holds the generated key. */
  public static final String NAME = "blenddialer.generated-session-key";

  private final String key;

  public GeneratedSessionKey() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    key = Base64.getEncoder().encodeToString(bytes);
  }

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(NAME);
  }

  @Override
  public Map<String, String> getProperties() {
    return Map.of(NAME, key);
  }

  @Override
  public String getValue(String propertyName) {
    return NAME.equals(propertyName) ? key : null;
  }

  @Override
  public String getName() {
    return "blenddialer-generated-session-key";
  }

  @Override
  public int getOrdinal() {
    return 1;
  }
}

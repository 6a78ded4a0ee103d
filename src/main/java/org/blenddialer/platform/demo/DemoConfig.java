package org.blenddialer.platform.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The demo call centre loaded on the first start of the embedded default. */
@ConfigMapping(prefix = "dialer.demo")
public interface DemoConfig {

  /** auto: load the demo only with the embedded database; true; false. */
  @WithDefault("auto")
  String enabled();

  /** The demo centre definition, relative to the working directory. */
  @WithDefault("campaigns/demo/centre.json")
  String file();

  /**
   * Password of the demo users (env DIALER_DEMO_PASSWORD); generated and printed once if absent.
   */
  Optional<String> password();
}

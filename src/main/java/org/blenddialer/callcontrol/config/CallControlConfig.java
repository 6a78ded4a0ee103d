package org.blenddialer.callcontrol.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Agent call control: hold, transfer, consultation and conference. */
@ConfigMapping(prefix = "dialer.call-control")
public interface CallControlConfig {

  /** The trunk (of the call's server) transfers and consultations to external numbers go out on. */
  @WithDefault("sim")
  String externalTrunk();
}

package org.blenddialer.journey.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** The caller's journey around the queue: voice menus, their generated dialplan, menu callers. */
@ConfigMapping(prefix = "dialer.journey")
public interface JourneyConfig {

  /** The voice menus' generated dialplan. */
  Ivr ivr();

  /** Voice menus. */
  interface Ivr {

    /**
     * Where the generated dialplan include is written (extensions.conf includes it); the embedded
     * PBX simulator reads the same file on "dialplan reload".
     */
    @WithDefault("asterisk-config/blenddialer-ivr.conf")
    String dialplanFile();

    /** After a change, send "dialplan reload" (AMI Command) to every PBX server that is up. */
    @WithDefault("true")
    boolean reloadOnChange();

    /**
     * Simulated menu callers for the embedded simulator, each {@code
     * menu:calls-per-hour:key-path|key-path...} with keys run together and {@code t} for no key
     * (e.g. {@code main:30:12|3|t2}); none by default.
     */
    Optional<List<String>> simulatedCallers();

    /** A caller's menu path not finished after this long is written as lost (no hang-up seen). */
    @WithDefault("2h")
    java.time.Duration pathMaxAge();
  }
}

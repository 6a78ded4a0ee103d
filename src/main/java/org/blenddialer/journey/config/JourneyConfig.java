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

  /** Callbacks instead of waiting. */
  Callback callback();

  /** The generated queues.conf include (announcements to waiting callers). */
  Queues queues();

  /** The queues.conf include. */
  interface Queues {

    /**
     * Where the generated include is written (queues.conf ends with {@code #tryinclude
     * blenddialer-queues.conf}); the embedded PBX simulator reads the same file on reload.
     */
    @WithDefault("asterisk-config/blenddialer-queues.conf")
    String configFile();

    /** After a queue change, send AMI QueueReload (parameters) to every PBX server that is up. */
    @WithDefault("true")
    boolean reloadOnChange();
  }

  /** How the service makes callbacks. */
  interface Callback {

    /** The trunk (of the server the caller came in on) callbacks are dialled through. */
    @WithDefault("sim")
    String trunk();

    /** The number callers see when called back (empty: the trunk's own). */
    Optional<String> callerId();

    /** How long a callback rings before it counts as no answer. */
    @WithDefault("30s")
    java.time.Duration ringTimeout();

    /** How often waiting callbacks are checked for their turn. */
    @WithDefault("1s")
    java.time.Duration tick();
  }

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

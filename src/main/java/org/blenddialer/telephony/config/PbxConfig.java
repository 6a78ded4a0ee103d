package org.blenddialer.telephony.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Telephony: the PBX servers the service drives over AMI, and the embedded PBX simulator. */
@ConfigMapping(prefix = "dialer.pbx")
public interface PbxConfig {

  /** The PBX simulator the service runs inside itself (the default when no Asterisk is set). */
  Simulator simulator();

  /** Real Asterisk servers by name: dialer.pbx.servers.NAME.host and so on. */
  Map<String, Server> servers();

  /** First delay before reconnecting after a loss; doubles on each failure. */
  @WithDefault("PT0.5S")
  Duration reconnectFirstDelay();

  /** The cap of the reconnect delay. */
  @WithDefault("PT30S")
  Duration reconnectMaxDelay();

  /** How long an AMI action may wait for its response. */
  @WithDefault("PT5S")
  Duration actionTimeout();

  /** The embedded PBX simulator. */
  interface Simulator {

    /** Run the simulator inside the service and connect to it like to any Asterisk. */
    @WithDefault("true")
    boolean enabled();

    /** The name commands and events use for it. */
    @WithDefault("embedded")
    String name();

    /** Address it listens on: loopback, so nothing outside the machine reaches it. */
    @WithDefault("127.0.0.1")
    String host();

    /** Port; 0 picks a free one. */
    @WithDefault("0")
    int port();

    /** Its AMI user. */
    @WithDefault("dialer")
    String username();

    /** Its AMI secret; "random" draws a new one at every start. Never logged. */
    @WithDefault("random")
    String secret();

    /** Simulated seconds per real second. */
    @WithDefault("1.0")
    double speedUp();

    /** Seed of its random streams. */
    @WithDefault("42")
    long seed();

    /** Its queues, each as name:strategy:inbound-calls-per-hour. */
    @WithDefault("support:rrmemory:0,sales:leastrecent:0,outbound:ringall:0")
    List<String> queues();

    /** Mean patience of simulated inbound callers (seconds). */
    @WithDefault("120")
    double patienceSeconds();

    /** Wrap-up time of every queue (seconds). */
    @WithDefault("0")
    int wrapUpSeconds();

    /** How long a queue rings one member before trying again (seconds). */
    @WithDefault("15")
    int ringTimeoutSeconds();

    /** Mean time a simulated agent lets the phone ring (seconds). */
    @WithDefault("1")
    double agentAnswerSeconds();

    /** Mean talk time of a simulated agent (seconds). */
    @WithDefault("180")
    double agentHandleSeconds();

    /** Chance that a dialed lead answers (person or machine). */
    @WithDefault("0.55")
    double answerProbability();

    /** Chance that an answer is an answering machine. */
    @WithDefault("0.25")
    double machineProbability();

    /** Chance of a busy line. */
    @WithDefault("0.10")
    double busyProbability();

    /** Chance of network congestion. */
    @WithDefault("0.02")
    double congestionProbability();

    /** Mean ring time before a lead answers (seconds). */
    @WithDefault("6")
    double ringSeconds();

    /** Mean talk time of a lead who answered (seconds). */
    @WithDefault("45")
    double talkSeconds();

    /** How long answering-machine detection listens (seconds). */
    @WithDefault("2.5")
    double amdSeconds();

    /** Length of the safe-harbor message (seconds). */
    @WithDefault("6")
    double safeHarborSeconds();

    /** Chance that a person hearing the safe-harbor message presses its opt-out key (0 to 1). */
    @WithDefault("0")
    double optOutProbability();

    /** How long the service waits at startup for the embedded link to be ready. */
    @WithDefault("PT15S")
    Duration startupWait();
  }

  /** One real Asterisk. */
  interface Server {

    /** Host of its AMI (manager.conf bindaddr). */
    @WithDefault("127.0.0.1")
    String host();

    /** AMI port. */
    @WithDefault("5038")
    int port();

    /** The AMI user from manager.conf. */
    @WithDefault("dialer")
    String username();

    /** That user's secret: give it through DIALER_PBX_SERVERS__NAME__SECRET. Never logged. */
    Optional<String> secret();

    /** Trunks as name=dial-template, {number} standing for the number. */
    @WithDefault("default=PJSIP/{number}@carrier")
    List<String> trunks();

    /** Dialplan context answered dialer calls run in (AMD, campaign queue, safe harbor). */
    @WithDefault("dialer-outbound")
    String outboundContext();

    /** Dialplan context that plays ${DIALER_SOUND} and hangs up. */
    @WithDefault("dialer-play")
    String playContext();
  }
}

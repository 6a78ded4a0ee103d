package org.blenddialer.dialer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.blenddialer.core.compliance.Audience;
import org.blenddialer.core.compliance.CallPurpose;

/** Outbound dialing: the hopper, pacing inputs, the dial-time check's inputs and recovery. */
@ConfigMapping(prefix = "dialer.dialing")
public interface DialingConfig {

  /** Dial at all; off, running campaigns claim and dial nothing. */
  @WithDefault("true")
  boolean enabled();

  /**
   * How long a lead's phone rings before the attempt is NO_ANSWER; never less than the minimum ring
   * time of a policy pack that applies to the number (UK and US: 15 s).
   */
  @WithDefault("30s")
  Duration ringTimeout();

  /** Seconds a live answer waits in the campaign queue for an agent (the 2-second rule). */
  @WithDefault("2")
  int answerWindowSeconds();

  /** Most leads one campaign claims in one launch. */
  @WithDefault("50")
  int maxClaimPerLaunch();

  /** When a refused lead (calling window, caps, unreadable source) is due again. */
  @WithDefault("15m")
  Duration deniedRecheck();

  /** When a lead whose agent set an UNRESOLVED disposition is due again. */
  @WithDefault("1h")
  Duration unresolvedRetry();

  /** The purpose the dial-time check assumes for campaigns (TELEMARKETING or INFORMATIONAL). */
  @WithDefault("TELEMARKETING")
  CallPurpose purpose();

  /** The audience the dial-time check assumes for campaigns (CONSUMER or BUSINESS). */
  @WithDefault("CONSUMER")
  Audience audience();

  /** Whether the dialplan plays a safe-harbor message to dropped calls (told to compliance). */
  @WithDefault("true")
  boolean safeHarborMessage();

  /**
   * Key the safe-harbor message offers to be never called again (the dialplan reads it from the
   * DIALER_OPT_OUT_KEY channel variable): a digit 0-9 or the star key (# ends Read's input); {@code
   * none} offers no key.
   */
  @WithDefault("9")
  String optOutKey();

  /**
   * How often the opt-out key presses the dialplan keeps in the PBX's database (AstDB) are read
   * back and recorded, beside each time a PBX link becomes ready: a key press whose AMI event was
   * missed, or whose ledger write failed, is recorded then. 0 reads back only on a link becoming
   * ready.
   */
  @WithDefault("1m")
  Duration optOutReconcileInterval();

  /** Sound played to an answering machine when a campaign leaves a message. */
  @WithDefault("dialer-campaign-message")
  String machineMessage();

  /** Live-answer probability pacing assumes before a campaign has outcomes of its own. */
  @WithDefault("0.3")
  double priorLiveAnswer();

  /** Seconds from dial to live answer pacing assumes at first. */
  @WithDefault("10")
  double priorRingSeconds();

  /** Agent seconds per connect (talk and wrap-up) pacing assumes at first. */
  @WithDefault("120")
  double priorHandleSeconds();
}

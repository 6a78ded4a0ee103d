package org.blenddialer.compliance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Compliance: policy packs, the company calls are made for, DNC index refresh. */
@ConfigMapping(prefix = "dialer.compliance")
public interface ComplianceConfig {

  /** Company the calls are made for when a check does not name one (consent is given to it). */
  @WithDefault("default")
  String company();

  /** Policy packs loaded at start, from compliance/packs/NAME.json on the class path. */
  @WithDefault("us,us-fl,uk,dk,se,fi,no,ru,eu")
  List<String> packs();

  /** How often DNC entries added by other service instances are picked up from the database. */
  @WithDefault("30s")
  Duration dncRefresh();

  /**
   * Secret key of the keyed hash (HMAC-SHA256) under which erased persons' numbers are kept on the
   * suppression list. Set it in production and never change it: a new key forgets the list.
   */
  @WithDefault("blenddialer-development-suppression-key")
  String suppressionKey();

  /** How long the numbers of a superseded registry copy are kept after the next import. */
  @WithDefault("90d")
  Duration supersededRegistryRetention();

  /**
   * Whether a lead import also scrubs numbers listed on a national registry of their pack (US
   * National DNC, TPS, NIX, ...). Off keeps them in the list and leaves them to the dial-time
   * check, which lets a consented or exempt call through; the internal, campaign and suppression
   * lists are always scrubbed.
   */
  @WithDefault("true")
  boolean importScrubRegistries();

  /**
   * How long call records (inbound calls and their dispositions) are kept after the call ended. A
   * period shorter than the longest record retention of a policy pack in force (US: 5 years) is
   * raised to it, so a pack's minimum is never cut short.
   */
  @WithDefault("1827d")
  Duration callRecordRetention();

  /** How long an import's report of rejected rows (raw values from the file) is kept. */
  @WithDefault("180d")
  Duration importReportRetention();

  /** How often the retention job runs. */
  @WithDefault("6h")
  Duration retentionInterval();
}

package org.blenddialer.simulation;

import java.util.List;
import java.util.Locale;
import org.blenddialer.sim.result.Estimate;
import org.blenddialer.sim.result.PolicyResult;

/** Prints policy results as a plain-text table, one row per policy, means ± 95% half-widths. */
final class ResultTable {

  private ResultTable() {}

  static String render(List<PolicyResult> results) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-22s %15s %15s %9s %9s %9s %15s %8s %15s %13s %10s%n",
            "policy",
            "service level",
            "ASA s",
            "in aband",
            "dials",
            "live",
            "out aband rate",
            "days<=cap",
            "occupancy",
            "connects/agh",
            "SL days"));
    for (PolicyResult r : results) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-22s %15s %15s %9.0f %9.0f %9.0f %15s %8.0f%% %15s %13s %9.0f%%%n",
              r.policy(),
              ci(r.serviceLevel(), 3),
              ci(r.averageSpeedOfAnswer(), 1),
              r.inboundAbandoned().mean(),
              r.outboundDials().mean(),
              r.liveAnswers().mean(),
              ci(r.outboundAbandonRate(), 4),
              100 * r.daysWithinAbandonCap(),
              ci(r.occupancy(), 3),
              ci(r.connectsPerAgentHour(), 2),
              100 * r.daysMeetingServiceLevel()));
    }
    return out.toString();
  }

  static String ci(Estimate e, int decimals) {
    if (Double.isNaN(e.halfWidth())) {
      return String.format(Locale.ROOT, "%." + decimals + "f", e.mean());
    }
    return String.format(
        Locale.ROOT, "%." + decimals + "f±%." + decimals + "f", e.mean(), e.halfWidth());
  }
}

package org.blenddialer.core.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.blenddialer.core.compliance.PolicyPack.AbandonCap;
import org.blenddialer.core.compliance.PolicyPack.AbandonWindow;

/**
 * How many more abandoned calls a campaign may make in one window before it reaches a pack's cap;
 * pacing reads it, and at zero predictive and power dialing fall back to progressive.
 *
 * @param ruleId the cap's rule, e.g. {@code UK#10}
 * @param window the window measured
 * @param maxRate the cap as a fraction of live calls
 * @param liveCalls live-answered calls in the window
 * @param counted abandoned calls counted against the cap (with AMD false positives if the rule says
 *     so)
 * @param remaining abandoned calls still allowed; zero or less means at the cap
 */
public record DropBudget(
    String ruleId,
    AbandonWindow window,
    double maxRate,
    long liveCalls,
    long counted,
    long remaining) {

  /** True when no more abandoned calls are allowed. */
  public boolean atCap() {
    return remaining <= 0;
  }

  /** The measured rate, zero when there were no live calls. */
  public double rate() {
    return liveCalls == 0 ? 0 : (double) counted / liveCalls;
  }

  /** The budget under one cap, or null when the figures for its window are missing. */
  public static DropBudget of(String ruleId, AbandonCap cap, List<AbandonFigures> figures) {
    Objects.requireNonNull(cap, "cap");
    for (AbandonFigures f : figures) {
      if (f.window() == cap.window()) {
        long counted =
            f.abandonedCalls() + (cap.includeAmdFalsePositives() ? f.amdFalsePositives() : 0);
        // Whole calls only: 3% of 33 live calls allows no abandoned call yet.
        long allowed = (long) Math.floor(cap.maxRate() * f.liveCalls() + 1e-9);
        return new DropBudget(
            ruleId, cap.window(), cap.maxRate(), f.liveCalls(), counted, allowed - counted);
      }
    }
    return null;
  }

  /** The budgets under every abandon cap of these packs (caps with missing figures left out). */
  public static List<DropBudget> all(List<PolicyPack> packs, List<AbandonFigures> figures) {
    List<DropBudget> result = new ArrayList<>();
    for (PolicyPack pack : packs) {
      for (AbandonCap cap : pack.abandonCaps()) {
        DropBudget budget = of(pack.id() + "#" + cap.ref(), cap, figures);
        if (budget != null) {
          result.add(budget);
        }
      }
    }
    return result;
  }
}

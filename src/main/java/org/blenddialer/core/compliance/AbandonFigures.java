package org.blenddialer.core.compliance;

import java.util.Objects;
import org.blenddialer.core.compliance.PolicyPack.AbandonWindow;

/**
 * A campaign's measured calls over one abandon window.
 *
 * @param window the window measured
 * @param liveCalls live-answered calls
 * @param abandonedCalls of those, calls that found no agent in time
 * @param amdFalsePositives estimated live calls wrongly classed as machines (UK counts them)
 */
public record AbandonFigures(
    AbandonWindow window, long liveCalls, long abandonedCalls, long amdFalsePositives) {

  public AbandonFigures {
    Objects.requireNonNull(window, "window");
    if (liveCalls < 0 || abandonedCalls < 0 || amdFalsePositives < 0) {
      throw new IllegalArgumentException("call counts cannot be negative");
    }
  }
}

package org.blenddialer.core.pacing;

/**
 * An adaptive dial level of the kind VICIdial documents: the dialer keeps {@code level} lines per
 * working agent (talking, wrapping up or waiting) in use, and every {@code adjustEvery} seconds
 * moves the level down when the day's drop rate is over its target and up when agents sit waiting,
 * within [1, {@code maxLevel}].
 */
public final class AdaptiveDialLevelPacing implements PacingPolicy {

  private final double targetDropRate;
  private final double maxLevel;
  private final double step;
  private final double adjustEvery;
  private double level = 1.0;
  private double lastAdjust = Double.NaN;

  /**
   * @param targetDropRate the drop percentage the level aims under, e.g. 0.03
   * @param maxLevel highest dial level
   * @param step how much one adjustment moves the level (the "intensity")
   * @param adjustEvery seconds between adjustments
   */
  public AdaptiveDialLevelPacing(
      double targetDropRate, double maxLevel, double step, double adjustEvery) {
    if (!(targetDropRate > 0 && targetDropRate < 1)
        || !(maxLevel >= 1)
        || !(step > 0)
        || !(adjustEvery > 0)) {
      throw new IllegalArgumentException("invalid adaptive dial level settings");
    }
    this.targetDropRate = targetDropRate;
    this.maxLevel = maxLevel;
    this.step = step;
    this.adjustEvery = adjustEvery;
  }

  @Override
  public String name() {
    return "adaptive";
  }

  /** The current dial level (lines per working agent). */
  public double level() {
    return level;
  }

  @Override
  public int callsToLaunch(PacingSnapshot s) {
    if (Double.isNaN(lastAdjust)) {
      lastAdjust = s.now();
    } else if (s.now() - lastAdjust >= adjustEvery) {
      lastAdjust = s.now();
      adjust(s);
    }
    int working = s.freeAgents() + s.agentsOnOutboundCalls();
    long lines = (long) Math.floor(level * working + 1e-9);
    long inUse = (long) s.pendingCalls() + s.agentsOnOutboundCalls();
    return ProgressivePacing.clamp(lines - inUse, s);
  }

  private void adjust(PacingSnapshot s) {
    double dropRate = s.dropBudget().rate();
    if (dropRate > targetDropRate) {
      // the further over target, the harder the level comes down
      level -= step * Math.min(3.0, dropRate / targetDropRate);
    } else if (s.freeAgents() > 0) {
      level += step;
    }
    level = Math.max(1.0, Math.min(maxLevel, level));
  }
}

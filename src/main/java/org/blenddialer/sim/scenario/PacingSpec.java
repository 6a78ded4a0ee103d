package org.blenddialer.sim.scenario;

import org.blenddialer.core.pacing.AdaptiveDialLevelPacing;
import org.blenddialer.core.pacing.PacingPolicy;
import org.blenddialer.core.pacing.PolicyTable;
import org.blenddialer.core.pacing.PowerPacing;
import org.blenddialer.core.pacing.PredictivePacing;
import org.blenddialer.core.pacing.PredictiveSettings;
import org.blenddialer.core.pacing.PreviewPacing;
import org.blenddialer.core.pacing.ProgressivePacing;
import org.blenddialer.core.pacing.TablePacing;
import org.blenddialer.core.pacing.ThresholdPacing;

/** Which pacing policy a simulated policy uses, with its parameters. */
public sealed interface PacingSpec {

  /** A fresh policy object for one campaign and one simulated day. */
  PacingPolicy create();

  /** Preview dialing. */
  record Preview() implements PacingSpec {
    @Override
    public PacingPolicy create() {
      return new PreviewPacing();
    }
  }

  /** Progressive dialing. */
  record Progressive() implements PacingSpec {
    @Override
    public PacingPolicy create() {
      return new ProgressivePacing();
    }
  }

  /** Power dialing at a fixed ratio. */
  record Power(double callsPerFreeAgent) implements PacingSpec {
    @Override
    public PacingPolicy create() {
      return new PowerPacing(callsPerFreeAgent);
    }
  }

  /** The threshold policy of the blending literature. */
  record Threshold(String testGroup, int threshold, String targetGroup, double callsPerFreeAgent)
      implements PacingSpec {
    @Override
    public PacingPolicy create() {
      return new ThresholdPacing(testGroup, threshold, targetGroup, callsPerFreeAgent);
    }
  }

  /** An adaptive dial level of the VICIdial kind. */
  record Adaptive(double targetDropRate, double maxLevel, double step, double adjustEvery)
      implements PacingSpec {
    @Override
    public PacingPolicy create() {
      return new AdaptiveDialLevelPacing(targetDropRate, maxLevel, step, adjustEvery);
    }
  }

  /** Our predictive policy. */
  record Predictive(PredictiveSettings settings) implements PacingSpec {
    @Override
    public PacingPolicy create() {
      return new PredictivePacing(settings);
    }
  }

  /** A policy table from an offline optimisation, replayed (a research tool). */
  record Table(PolicyTable table) implements PacingSpec {
    @Override
    public PacingPolicy create() {
      return new TablePacing(table);
    }
  }
}

package org.blenddialer.sim;

import org.blenddialer.core.blending.DynamicReserve;
import org.blenddialer.core.pacing.PredictiveSettings;
import org.blenddialer.sim.scenario.BlendingSpec;
import org.blenddialer.sim.scenario.PacingSpec;
import org.blenddialer.sim.scenario.PolicySpec;

/** Policies used by the blended test scenarios. */
final class BlendedPolicies {

  private BlendedPolicies() {}

  static PolicySpec dynamicPredictive() {
    return new PolicySpec(
        "dynamic",
        new BlendingSpec.Dynamic(0, DynamicReserve.Model.POOLED),
        new PacingSpec.Predictive(PredictiveSettings.defaults()),
        30);
  }

  static PolicySpec fixedPredictive(int reserve) {
    return new PolicySpec(
        "fixed-" + reserve,
        new BlendingSpec.Fixed(reserve),
        new PacingSpec.Predictive(PredictiveSettings.defaults()),
        30);
  }
}

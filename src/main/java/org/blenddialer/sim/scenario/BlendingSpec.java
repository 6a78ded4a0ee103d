package org.blenddialer.sim.scenario;

import org.blenddialer.core.blending.BlendingPolicy;
import org.blenddialer.core.blending.DynamicReserve;
import org.blenddialer.core.blending.FixedReserve;
import org.blenddialer.core.blending.NoBlending;
import org.blenddialer.core.blending.ServiceLevelTarget;

/** Which blending policy a simulated policy uses, with its parameters. */
public sealed interface BlendingSpec {

  /** A fresh policy object for one simulated day. */
  BlendingPolicy create(ServiceLevelTarget target);

  /** No reserve. */
  record None() implements BlendingSpec {
    @Override
    public BlendingPolicy create(ServiceLevelTarget target) {
      return new NoBlending();
    }
  }

  /** A fixed reserve of idle agents. */
  record Fixed(int reserve) implements BlendingSpec {
    @Override
    public BlendingPolicy create(ServiceLevelTarget target) {
      return new FixedReserve(reserve);
    }
  }

  /**
   * The Erlang-based dynamic reserve at the scenario's service-level target; agents it does not
   * hold take live answers before waiting callers while the day's service level meets the target.
   */
  record Dynamic(int extraAgents, DynamicReserve.Model model) implements BlendingSpec {
    @Override
    public BlendingPolicy create(ServiceLevelTarget target) {
      return new DynamicReserve(target, extraAgents, model, true);
    }
  }
}

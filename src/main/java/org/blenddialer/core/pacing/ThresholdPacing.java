package org.blenddialer.core.pacing;

import java.util.Objects;
import org.blenddialer.core.agent.AgentSkill;
import org.blenddialer.core.agent.AgentState;
import org.blenddialer.core.agent.AgentView;

/**
 * The threshold policy of the call-blending literature: whenever at least {@code threshold} agents
 * of the test group are free, keep {@code callsPerFreeAgent} calls in progress per free agent of
 * the target group; otherwise launch nothing, which holds those agents for inbound callers. A group
 * named {@code "*"} means every agent.
 */
public final class ThresholdPacing implements PacingPolicy {

  /** Group name that stands for all agents. */
  public static final String ALL = "*";

  private final String testGroup;
  private final int threshold;
  private final String targetGroup;
  private final double callsPerFreeAgent;

  public ThresholdPacing(
      String testGroup, int threshold, String targetGroup, double callsPerFreeAgent) {
    this.testGroup = Objects.requireNonNull(testGroup, "testGroup");
    this.targetGroup = Objects.requireNonNull(targetGroup, "targetGroup");
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be >= 1: " + threshold);
    }
    if (!(callsPerFreeAgent > 0) || Double.isInfinite(callsPerFreeAgent)) {
      throw new IllegalArgumentException("calls per free agent must be > 0");
    }
    this.threshold = threshold;
    this.callsPerFreeAgent = callsPerFreeAgent;
  }

  @Override
  public String name() {
    return "threshold";
  }

  @Override
  public int callsToLaunch(PacingSnapshot s) {
    int freeTest = 0;
    int freeTarget = 0;
    for (AgentView agent : s.agents()) {
      if (agent.state() != AgentState.IDLE || agent.skill() == AgentSkill.INBOUND_ONLY) {
        continue;
      }
      if (ALL.equals(testGroup) || testGroup.equals(agent.group())) {
        freeTest++;
      }
      if (ALL.equals(targetGroup) || targetGroup.equals(agent.group())) {
        freeTarget++;
      }
    }
    if (freeTest < threshold) {
      return 0;
    }
    long target = Math.round(callsPerFreeAgent * Math.min(freeTarget, s.freeAgents()));
    return ProgressivePacing.clamp(target - s.pendingCalls(), s);
  }
}

package org.blenddialer.core.pacing;

import java.util.Arrays;

/**
 * A pacing policy written out as a table by an offline optimisation (docs/analysis/pacing_dp.py
 * solves a Markov model of an outbound centre and writes one). The state it is indexed by is what a
 * pacer sees: how many agents are free, how many live answers wait for one, and how many dials are
 * still ringing in each age phase ({@code phaseSeconds} of ringing each, the last phase holding all
 * older ones). Each entry is how many dials the youngest phase should hold; the pacer launches the
 * difference.
 */
public final class PolicyTable {

  private final double phaseSeconds;
  private final int agents;
  private final int waitingRows;
  private final int[] phaseRows;
  private final byte[] targets;

  /**
   * A table for {@code agents} agents.
   *
   * @param phaseSeconds seconds of ringing per age phase
   * @param agents the staffing the table was solved for (rows for 0..agents busy)
   * @param waitingRows rows for 0..waitingRows-1 live answers waiting (more count as the last)
   * @param phaseRows per phase, rows for 0..rows-1 ringing dials (more count as the last)
   * @param targets the dials phase 1 should hold, row-major over busy agents, waiting answers and
   *     the phases in order
   */
  public PolicyTable(
      double phaseSeconds, int agents, int waitingRows, int[] phaseRows, byte[] targets) {
    if (!(phaseSeconds > 0) || agents < 1 || waitingRows < 1 || phaseRows.length < 1) {
      throw new IllegalArgumentException(
          "a policy table needs phases of positive length, agents, waiting rows and phases");
    }
    long size = (long) (agents + 1) * waitingRows;
    for (int rows : phaseRows) {
      if (rows < 1) {
        throw new IllegalArgumentException("every phase needs at least one row");
      }
      size *= rows;
    }
    if (size != targets.length) {
      throw new IllegalArgumentException(
          "a policy table of these dimensions has " + size + " entries, not " + targets.length);
    }
    for (int i = 0; i < targets.length; i++) {
      if (targets[i] < 0) {
        throw new IllegalArgumentException("entry " + i + " is negative: " + targets[i]);
      }
    }
    this.phaseSeconds = phaseSeconds;
    this.agents = agents;
    this.waitingRows = waitingRows;
    this.phaseRows = phaseRows.clone();
    this.targets = targets.clone();
  }

  public double phaseSeconds() {
    return phaseSeconds;
  }

  public int phases() {
    return phaseRows.length;
  }

  /**
   * The dials the youngest phase should hold.
   *
   * @param freeAgents idle agents now, not negative (the table's staffing less the busy ones)
   * @param waiting live answers waiting for an agent, not negative
   * @param ringing dials still ringing per age phase
   */
  public int target(int freeAgents, int waiting, int[] ringing) {
    int busy = Math.max(0, agents - freeAgents);
    int at = busy * waitingRows + Math.min(waiting, waitingRows - 1);
    for (int i = 0; i < phaseRows.length; i++) {
      at = at * phaseRows[i] + Math.min(ringing[i], phaseRows[i] - 1);
    }
    return targets[at];
  }

  @Override
  public String toString() {
    return "PolicyTable[agents="
        + agents
        + ", waiting rows="
        + waitingRows
        + ", phases="
        + Arrays.toString(phaseRows)
        + " of "
        + phaseSeconds
        + " s]";
  }
}

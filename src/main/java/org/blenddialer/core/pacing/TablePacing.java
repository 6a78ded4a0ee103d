package org.blenddialer.core.pacing;

import java.util.Arrays;

/**
 * Pacing by a table an offline optimisation wrote ({@link PolicyTable}): the dials still ringing
 * are counted by age phase, and the youngest phase is topped up to what the table says for this
 * state. A research tool for the simulator, to replay the optimum of a model against the simulated
 * centre; it knows only the staffing and call parameters the table was solved for.
 */
public final class TablePacing implements PacingPolicy {

  private final PolicyTable table;
  private final int[] ringing;

  public TablePacing(PolicyTable table) {
    this.table = table;
    this.ringing = new int[table.phases()];
  }

  @Override
  public String name() {
    return "table";
  }

  @Override
  public int callsToLaunch(PacingSnapshot s) {
    Arrays.fill(ringing, 0);
    int last = ringing.length - 1;
    var inFlight = s.callsInFlight();
    for (int i = 0, n = inFlight.size(); i < n; i++) {
      double age = s.now() - inFlight.get(i).dialedAt();
      ringing[(int) Math.min(last, Math.max(0, age) / table.phaseSeconds())]++;
    }
    int target = table.target(s.freeAgents(), s.answeredWaiting(), ringing);
    return ProgressivePacing.clamp(target - ringing[0], s);
  }
}

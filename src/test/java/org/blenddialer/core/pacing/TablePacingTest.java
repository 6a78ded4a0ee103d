package org.blenddialer.core.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TablePacingTest {

  private static final double NOW = 1000;

  /**
   * Two agents, no waiting rows beyond 0 and 1, two phases of 10 s with rows 0..2: the entry is 10
   * x busy + 3 x (young dials) + (old dials) + 1 when an answer waits, so each state's entry says
   * where it came from.
   */
  private static PolicyTable table() {
    byte[] targets = new byte[3 * 2 * 3 * 3];
    int i = 0;
    for (int busy = 0; busy <= 2; busy++) {
      for (int waiting = 0; waiting < 2; waiting++) {
        for (int young = 0; young < 3; young++) {
          for (int old = 0; old < 3; old++) {
            targets[i++] = (byte) (10 * busy + 3 * young + old + waiting);
          }
        }
      }
    }
    return new PolicyTable(10, 2, 2, new int[] {3, 3}, targets);
  }

  private static PacingSnapshot snapshot(int free, int waiting, int leads, double... ages) {
    List<Snapshots.Dialed> dials = new ArrayList<>();
    for (double age : ages) {
      dials.add(new Snapshots.Dialed(NOW - age));
    }
    return new PacingSnapshot(
        NOW,
        "sales",
        free,
        Snapshots.agents(free, 2 - free, 900, NOW),
        dials,
        waiting,
        2 - free,
        Snapshots.ESTIMATES,
        DropBudget.fresh(0.03),
        leads,
        InboundPressure.NONE);
  }

  @Test
  void ringingDialsAreCountedByAgePhaseAndTheYoungestIsToppedUpToTheTable() {
    TablePacing pacing = new TablePacing(table());
    // one agent busy, one young dial (3 s), two old ones (12 s, 19 s): entry 10 + 3 + 2 = 15
    assertThat(pacing.callsToLaunch(snapshot(1, 0, 100, 3, 12, 19))).isEqualTo(15 - 1);
    // an answer waiting: entry 16 (the agent count comes from the free agents, not the list)
    assertThat(pacing.callsToLaunch(snapshot(1, 1, 100, 3, 12, 19))).isEqualTo(16 - 1);
    // both agents busy, nothing ringing: entry 20
    assertThat(pacing.callsToLaunch(snapshot(0, 0, 100))).isEqualTo(20);
  }

  @Test
  void countsBeyondTheTableReadItsLastRowAndLaunchesStayWithinTheLeads() {
    TablePacing pacing = new TablePacing(table());
    // seven young dials read as row 2 (entry 6 with nobody busy): the phase holds more, so none
    assertThat(pacing.callsToLaunch(snapshot(2, 0, 100, 1, 2, 3, 4, 5, 6, 7))).isZero();
    assertThat(pacing.callsToLaunch(snapshot(2, 0, 100, 1, 2, 3, 4, 5))).isEqualTo(1);
    // dials older than the last phase count in it; 3 answers waiting read as row 1
    assertThat(pacing.callsToLaunch(snapshot(0, 3, 100, 45, 60))).isEqualTo(20 + 2 + 1);
    assertThat(pacing.callsToLaunch(snapshot(0, 0, 4))).isEqualTo(4);
  }

  @Test
  void aTableWhoseSizeOrEntriesDoNotFitIsRefused() {
    assertThatThrownBy(() -> new PolicyTable(10, 2, 2, new int[] {3, 3}, new byte[10]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has 54 entries, not 10");
    byte[] negative = new byte[54];
    negative[7] = -1;
    assertThatThrownBy(() -> new PolicyTable(10, 2, 2, new int[] {3, 3}, negative))
        .hasMessageContaining("entry 7 is negative");
    assertThatThrownBy(() -> new PolicyTable(0, 2, 2, new int[] {3, 3}, new byte[54]))
        .hasMessageContaining("positive length");
  }
}

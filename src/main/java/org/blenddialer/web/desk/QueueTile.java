package org.blenddialer.web.desk;

import io.quarkus.qute.TemplateData;
import java.util.Map;
import org.blenddialer.acd.kpi.KpiFigures;
import org.blenddialer.acd.live.SupervisorBoard;
import org.blenddialer.core.agent.AgentMode;
import org.blenddialer.core.agent.AgentState;

/**
 * One queue on the wallboard: the board's live figures with the queue's service-level target.
 *
 * @param live the supervisors' board's figures for the queue
 * @param targetPercent share to answer within the threshold, in percent
 * @param targetSeconds the threshold
 * @param longestWaitSince when the longest-waiting caller came in, epoch ms (the page's clock), or
 *     null
 */
@TemplateData
public record QueueTile(
    SupervisorBoard.QueueLive live, int targetPercent, int targetSeconds, Long longestWaitSince) {

  /** Service level today in percent (one decimal), or null before any call counts. */
  public Double serviceLevelToday() {
    return percent(live.today(), true);
  }

  /** Service level in the current 30-minute interval, in percent, or null. */
  public Double serviceLevelNow() {
    return percent(live.current30(), true);
  }

  /** Abandon rate today in percent, or null. */
  public Double abandonToday() {
    return percent(live.today(), false);
  }

  /** Abandon rate in the current 30-minute interval, in percent, or null. */
  public Double abandonNow() {
    return percent(live.current30(), false);
  }

  /** Whether today's service level meets the target (true before any call counts). */
  public boolean todayOnTarget() {
    Double sl = serviceLevelToday();
    return sl == null || sl >= targetPercent;
  }

  /** Whether this interval's service level meets the target. */
  public boolean nowOnTarget() {
    Double sl = serviceLevelNow();
    return sl == null || sl >= targetPercent;
  }

  /** How long the longest-waiting caller has waited, m:ss, or "–" when nobody waits. */
  public String longestWaitText() {
    return longestWaitSince == null ? "–" : DeskScreen.clock(live.longestWaitSeconds());
  }

  /** Calls offered today. */
  public long offeredToday() {
    return live.today() == null ? 0 : live.today().offered();
  }

  /** Logged-in members by state, for the chips. */
  public Map<AgentState, Integer> byState() {
    return live.agentsByState();
  }

  /** Logged-in members by mode. */
  public Map<AgentMode, Integer> byMode() {
    return live.agentsByMode();
  }

  private static Double percent(KpiFigures k, boolean serviceLevel) {
    if (k == null) {
      return null;
    }
    Double share = serviceLevel ? k.serviceLevel() : k.abandonRate();
    return share == null ? null : Math.round(share * 1000) / 10.0;
  }
}

package org.blenddialer.acd;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The embedded PBX simulator with the demo centre's queues, ten times faster than real time, with
 * patient callers and short calls; blending that learns fast, so a test sees it move in seconds.
 */
public class LiveAcdProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.ofEntries(
        Map.entry("dialer.pbx.simulator.queues", "acd_blend:rrmemory:0,acd_outbound:ringall:0"),
        Map.entry("dialer.pbx.simulator.speed-up", "10"),
        Map.entry("dialer.pbx.simulator.agent-handle-seconds", "15"),
        Map.entry("dialer.pbx.simulator.agent-answer-seconds", "1"),
        Map.entry("dialer.pbx.simulator.patience-seconds", "3000"),
        Map.entry("dialer.acd.blending.min-time-in-mode", "1s"),
        Map.entry("dialer.acd.blending.arrival-time-constant", "3s"),
        Map.entry("dialer.acd.blending.min-calls-per-hour", "200"),
        Map.entry("dialer.acd.blending.tick", "1s"),
        Map.entry("dialer.acd.live.stream-max-duration", "20s"));
  }
}

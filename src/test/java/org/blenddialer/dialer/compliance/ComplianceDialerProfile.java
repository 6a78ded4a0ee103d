package org.blenddialer.dialer.compliance;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The embedded PBX simulator fifty times faster than real time, queues of its own, short calls, and
 * telemarketing calls (so national registries and consent rules apply at every dial).
 */
public class ComplianceDialerProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.ofEntries(
        Map.entry("dialer.pbx.simulator.queues", "cmp_in:rrmemory:0,cmp_out:ringall:0"),
        Map.entry("dialer.pbx.simulator.speed-up", "50"),
        Map.entry("dialer.pbx.simulator.agent-handle-seconds", "5"),
        // Agents take 3 s on average to pick up: about half the live answers outlast the 2-second
        // window and hear the safe-harbor message (dropped calls, without overdialing).
        Map.entry("dialer.pbx.simulator.agent-answer-seconds", "3"),
        Map.entry("dialer.pbx.simulator.talk-seconds", "5"),
        Map.entry("dialer.pbx.simulator.ring-seconds", "4"),
        Map.entry("dialer.pbx.simulator.amd-seconds", "1"),
        Map.entry("dialer.pbx.simulator.safe-harbor-seconds", "1"),
        Map.entry("dialer.pbx.simulator.answer-probability", "0.8"),
        Map.entry("dialer.pbx.simulator.machine-probability", "0.05"),
        Map.entry("dialer.pbx.simulator.busy-probability", "0.1"),
        Map.entry("dialer.pbx.simulator.congestion-probability", "0.02"),
        Map.entry("dialer.pbx.simulator.opt-out-probability", "0"),
        Map.entry("dialer.dialing.ring-timeout", "15s"),
        Map.entry("dialer.dialing.purpose", "TELEMARKETING"),
        Map.entry("dialer.acd.blending.min-time-in-mode", "1s"),
        Map.entry("dialer.acd.blending.tick", "1s"),
        Map.entry("dialer.acd.live.stream-max-duration", "5s"));
  }
}

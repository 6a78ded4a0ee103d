package org.blenddialer.dialer;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The embedded PBX simulator fifty times faster than real time with short calls and people who
 * mostly answer; blending ticks often, so a 1,000-lead list runs out in seconds.
 */
public class DialerProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.ofEntries(
        Map.entry(
            "dialer.pbx.simulator.queues",
            "dial_in:rrmemory:0,dial_out:ringall:0,dial_pv:ringall:0"),
        Map.entry("dialer.pbx.simulator.speed-up", "50"),
        Map.entry("dialer.pbx.simulator.agent-handle-seconds", "5"),
        Map.entry("dialer.pbx.simulator.agent-answer-seconds", "0.5"),
        Map.entry("dialer.pbx.simulator.talk-seconds", "5"),
        Map.entry("dialer.pbx.simulator.ring-seconds", "4"),
        Map.entry("dialer.pbx.simulator.amd-seconds", "1"),
        Map.entry("dialer.pbx.simulator.safe-harbor-seconds", "1"),
        Map.entry("dialer.pbx.simulator.answer-probability", "0.8"),
        Map.entry("dialer.pbx.simulator.machine-probability", "0.05"),
        Map.entry("dialer.pbx.simulator.busy-probability", "0.12"),
        Map.entry("dialer.pbx.simulator.congestion-probability", "0.03"),
        Map.entry("dialer.dialing.ring-timeout", "10s"),
        Map.entry("dialer.dialing.purpose", "INFORMATIONAL"),
        Map.entry("dialer.acd.blending.min-time-in-mode", "1s"),
        Map.entry("dialer.acd.blending.tick", "1s"),
        Map.entry("dialer.acd.live.stream-max-duration", "5s"));
  }
}

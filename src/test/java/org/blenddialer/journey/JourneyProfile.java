package org.blenddialer.journey;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The embedded PBX simulator with the journey tests' own queues, twenty times faster. */
public class JourneyProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.ofEntries(
        Map.entry(
            "dialer.pbx.simulator.queues",
            "journey_support:rrmemory:0,journey_sales:rrmemory:0,journey_announce:rrmemory:0,journey_out:ringall:0"),
        Map.entry("dialer.pbx.simulator.speed-up", "20"),
        Map.entry("dialer.pbx.simulator.agent-answer-seconds", "1"),
        Map.entry("dialer.acd.blending.enabled", "false"),
        Map.entry("dialer.pbx.simulator.answer-probability", "1"),
        Map.entry("dialer.pbx.simulator.machine-probability", "0"),
        Map.entry("dialer.pbx.simulator.busy-probability", "0"),
        Map.entry("dialer.pbx.simulator.congestion-probability", "0"),
        Map.entry("dialer.pbx.simulator.ring-seconds", "1"),
        Map.entry("dialer.pbx.simulator.patience-seconds", "3000"),
        Map.entry("dialer.journey.callback.tick", "200ms"),
        Map.entry("dialer.journey.ivr.dialplan-file", "target/journey/blenddialer-ivr.conf"));
  }
}

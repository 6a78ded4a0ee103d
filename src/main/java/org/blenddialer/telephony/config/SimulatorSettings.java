package org.blenddialer.telephony.config;

import java.util.ArrayList;
import java.util.List;
import org.blenddialer.telephony.pbxsim.SimSettings;

/** Turns the simulator's configuration (or a command line's) into {@link SimSettings}. */
public final class SimulatorSettings {

  private SimulatorSettings() {}

  static SimSettings from(PbxConfig.Simulator s, String secret) {
    List<SimSettings.QueueSettings> queues =
        queues(s.queues(), s.patienceSeconds(), s.wrapUpSeconds(), s.ringTimeoutSeconds());
    return new SimSettings(
        s.host(),
        s.port(),
        s.username(),
        secret,
        s.speedUp(),
        s.seed(),
        queues,
        "inbound",
        s.agentAnswerSeconds(),
        s.agentHandleSeconds(),
        new SimSettings.CalledParties(
            s.answerProbability(),
            s.machineProbability(),
            s.busyProbability(),
            s.congestionProbability(),
            s.ringSeconds(),
            s.talkSeconds(),
            s.amdSeconds(),
            s.safeHarborSeconds(),
            s.optOutProbability()));
  }

  /** Parses queues written as name:strategy:calls-per-hour (strategy and rate optional). */
  public static List<SimSettings.QueueSettings> queues(
      List<String> specs, double patience, int wrapUp, int ringTimeout) {
    List<SimSettings.QueueSettings> out = new ArrayList<>();
    for (String spec : specs) {
      String[] parts = spec.trim().split(":");
      String name = parts[0].trim();
      String strategy = parts.length > 1 ? parts[1].trim() : "rrmemory";
      double rate = parts.length > 2 ? Double.parseDouble(parts[2].trim()) : 0;
      SimSettings.QueueSettings q = SimSettings.QueueSettings.of(name, strategy);
      out.add(
          new SimSettings.QueueSettings(
              name,
              q.strategy(),
              ringTimeout,
              q.retrySeconds(),
              wrapUp,
              q.serviceLevelSeconds(),
              rate,
              patience,
              0));
    }
    return out;
  }
}

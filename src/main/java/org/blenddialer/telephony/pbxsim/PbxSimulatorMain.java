package org.blenddialer.telephony.pbxsim;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the PBX simulator on its own (bin/pbxsim), for load runs and for pointing a service at it
 * from another machine or process.
 */
public final class PbxSimulatorMain {

  private PbxSimulatorMain() {}

  private static final String USAGE =
      """
      usage: bin/pbxsim [--host 127.0.0.1] [--port 5038] [--user dialer] [--secret S]
                        [--speed-up 1] [--seed 42]
                        [--queues support:rrmemory:60,sales:leastrecent:30,outbound:ringall:0]
                        [--agents support:10,outbound:5] [--patience 120] [--wrap-up 0]
                        [--ring-timeout 15] [--handle-time 180]
        --queues   name:strategy:inbound-calls-per-hour, comma separated
        --agents   simulated agents (auto-answering) per queue: queue:count
        --secret   defaults to the DIALER_PBXSIM_SECRET environment variable, then 'dialer-secret'
      """;

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--help") || args[i].equals("-h") || i + 1 >= args.length) {
        System.out.print(USAGE);
        return;
      }
      opts.put(args[i].replaceFirst("^--", ""), args[++i]);
    }
    String envSecret = System.getenv("DIALER_PBXSIM_SECRET");
    String secret = opts.getOrDefault("secret", envSecret == null ? "dialer-secret" : envSecret);
    List<SimSettings.QueueSettings> queues = new ArrayList<>();
    double patience = Double.parseDouble(opts.getOrDefault("patience", "120"));
    int wrapUp = Integer.parseInt(opts.getOrDefault("wrap-up", "0"));
    int ringTimeout = Integer.parseInt(opts.getOrDefault("ring-timeout", "15"));
    for (String spec :
        opts.getOrDefault("queues", "support:rrmemory:60,sales:leastrecent:30,outbound:ringall:0")
            .split(",")) {
      String[] p = spec.trim().split(":");
      SimSettings.QueueSettings q =
          SimSettings.QueueSettings.of(p[0], p.length > 1 ? p[1] : "rrmemory");
      queues.add(
          new SimSettings.QueueSettings(
              q.name(),
              q.strategy(),
              ringTimeout,
              q.retrySeconds(),
              wrapUp,
              q.serviceLevelSeconds(),
              p.length > 2 ? Double.parseDouble(p[2]) : 0,
              patience,
              0));
    }
    SimSettings settings =
        new SimSettings(
            opts.getOrDefault("host", "127.0.0.1"),
            Integer.parseInt(opts.getOrDefault("port", "5038")),
            opts.getOrDefault("user", "dialer"),
            secret,
            Double.parseDouble(opts.getOrDefault("speed-up", "1")),
            Long.parseLong(opts.getOrDefault("seed", "42")),
            queues,
            "inbound",
            1.0,
            Double.parseDouble(opts.getOrDefault("handle-time", "180")),
            SimSettings.CalledParties.typical());
    PbxSimulator simulator = new PbxSimulator(settings, InstantSource.system());
    int port = simulator.start();
    String agents = opts.getOrDefault("agents", "");
    int n = 0;
    for (String spec : agents.split(",")) {
      if (spec.isBlank()) {
        continue;
      }
      String[] p = spec.trim().split(":");
      int count = Integer.parseInt(p[1]);
      for (int i = 0; i < count; i++) {
        n++;
        simulator.addSimulatedAgent(p[0], "Local/agent" + n + "@sim-agent/n", "Sim Agent " + n);
      }
    }
    System.out.println(
        "PBX simulator (AMI, Asterisk 22 dialect) on "
            + settings.host()
            + ":"
            + port
            + " user "
            + settings.username()
            + "; Ctrl-C stops it");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  simulator.stop();
                  stopped.countDown();
                }));
    stopped.await();
  }
}

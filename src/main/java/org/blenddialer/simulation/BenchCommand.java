package org.blenddialer.simulation;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.blenddialer.sim.Simulator;
import org.blenddialer.sim.result.DayResult;
import org.blenddialer.sim.result.PolicyResult;
import org.blenddialer.sim.scenario.PolicySpec;
import org.blenddialer.sim.scenario.Scenario;

/**
 * {@code bin/bench [--days N] [--only outbound|blended|speed]}: runs the benchmark scenarios in
 * {@code campaigns/scenarios}, writes each scenario's results to {@code target/bench/NAME.json},
 * checks them against the goals of issue 4 and writes {@code target/bench/summary.md} and {@code
 * summary.json}. Processor time is measured per thread, so other load on the machine does not
 * count.
 */
public final class BenchCommand {

  private static final Path SCENARIOS = Path.of("campaigns/scenarios");
  private static final Path OUT = Path.of("target/bench");
  private static final double DAY_SHARE = 0.95;
  private static final Map<Integer, Double> OCCUPANCY_GOAL = Map.of(20, 0.88, 50, 0.94, 200, 0.975);

  private BenchCommand() {}

  public static void main(String[] args) throws IOException {
    Integer days = null;
    String only = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--days" -> days = Integer.parseInt(args[++i]);
        case "--only" -> only = args[++i];
        default -> throw new IllegalArgumentException("unexpected argument " + args[i]);
      }
    }
    StringBuilder md = new StringBuilder();
    Map<String, Object> summary = new LinkedHashMap<>();
    if (only == null || only.equals("outbound")) {
      md.append(outbound(days, summary));
    }
    if (only == null || only.equals("blended")) {
      md.append(blended(days, summary));
    }
    if (only == null || only.equals("speed")) {
      md.append(speed(summary));
    }
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve("summary.md"), md.toString());
    SimulateCommand.write(OUT.resolve("summary.json"), summary);
    System.out.println(md);
    System.out.println("wrote " + OUT.resolve("summary.md") + " and " + OUT + "/*.json");
  }

  private static List<PolicyResult> run(Path file, Integer days) {
    Scenario scenario = ScenarioFile.read(file);
    if (days != null) {
      scenario = scenario.withReplications(days, scenario.seed());
    }
    List<PolicyResult> results = new ArrayList<>();
    for (PolicySpec policy : scenario.policies()) {
      results.add(Simulator.simulate(scenario, policy));
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("scenario", scenario.name());
    document.put("days", scenario.days());
    document.put("seed", scenario.seed());
    document.put("results", results);
    SimulateCommand.write(OUT.resolve(scenario.name() + ".json"), document);
    System.err.println(scenario.name() + "\n" + ResultTable.render(results));
    return results;
  }

  private static List<Path> files(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList();
    }
  }

  private static String outbound(Integer days, Map<String, Object> summary) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("### Outbound only: predictive against the goals and the other policies\n\n");
    md.append(
        "| p | N | occupancy goal | predictive occupancy | abandon (pooled) | days <= 3% |"
            + " goal met | best other policy within the cap | its occupancy / abandon |"
            + " beats all others within the cap |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|\n");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Path file : files("outbound-")) {
      List<PolicyResult> results = run(file, days);
      PolicyResult predictive = byName(results, "predictive");
      String name = predictive.scenario();
      int agents = Integer.parseInt(name.substring(name.lastIndexOf("-n") + 2));
      double p =
          Integer.parseInt(name.substring(name.indexOf("-p") + 2, name.lastIndexOf("-n"))) / 100.0;
      double goal = OCCUPANCY_GOAL.getOrDefault(agents, 0.0);
      boolean compliant = predictive.daysWithinAbandonCap() >= DAY_SHARE;
      boolean met = compliant && predictive.occupancy().mean() >= goal;
      PolicyResult bestOther = null;
      for (PolicyResult r : results) {
        if (r != predictive
            && r.daysWithinAbandonCap() >= DAY_SHARE
            && (bestOther == null || r.occupancy().mean() > bestOther.occupancy().mean())) {
          bestOther = r;
        }
      }
      boolean beats =
          compliant
              && (bestOther == null
                  || predictive.occupancy().mean() > bestOther.occupancy().mean());
      md.append(
          String.format(
              Locale.ROOT,
              "| %.1f | %d | %.3f | %s | %.2f%% | %.0f%% | %s | %s | %s | %s |%n",
              p,
              agents,
              goal,
              ResultTable.ci(predictive.occupancy(), 3),
              100 * predictive.overallAbandonRate(),
              100 * predictive.daysWithinAbandonCap(),
              met ? "yes" : "**no**",
              bestOther == null ? "none" : bestOther.policy(),
              bestOther == null
                  ? "-"
                  : String.format(
                      Locale.ROOT,
                      "%.3f / %.2f%%",
                      bestOther.occupancy().mean(),
                      100 * bestOther.overallAbandonRate()),
              beats ? "yes" : "**no**"));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("scenario", name);
      row.put("occupancyGoal", goal);
      row.put("predictiveOccupancy", predictive.occupancy().mean());
      row.put("predictiveAbandonRate", predictive.overallAbandonRate());
      row.put("daysWithinCap", predictive.daysWithinAbandonCap());
      row.put("goalMet", met);
      row.put("bestOtherWithinCap", bestOther == null ? null : bestOther.policy());
      row.put("beatsOthers", beats);
      rows.add(row);
    }
    summary.put("outbound", rows);
    return md.append('\n').toString();
  }

  private static String blended(Integer days, Map<String, Object> summary) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("### Blended: dynamic reserve against the best fixed reserve r in 0..10\n\n");
    md.append(
        "| N | dynamic: SL days >= 80% | dynamic: days abandon <= 3% | dynamic connects/agent-h |"
            + " best fixed r meeting both | its connects/agent-h | dynamic better |"
            + " dedicated-Erlang variant connects/agent-h (constraints met) |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Path file : files("blended-")) {
      List<PolicyResult> results = run(file, days);
      PolicyResult dynamic = byName(results, "dynamic");
      PolicyResult dedicated = byName(results, "dynamic-dedicated");
      PolicyResult bestFixed = null;
      for (PolicyResult r : results) {
        if (r.policy().startsWith("fixed-")
            && meets(r)
            && (bestFixed == null
                || r.connectsPerAgentHour().mean() > bestFixed.connectsPerAgentHour().mean())) {
          bestFixed = r;
        }
      }
      String name = dynamic.scenario();
      boolean better =
          meets(dynamic)
              && (bestFixed == null
                  || dynamic.connectsPerAgentHour().mean()
                      > bestFixed.connectsPerAgentHour().mean());
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.0f%% | %.0f%% | %s | %s | %s | %s | %s (%s) |%n",
              name.substring(name.lastIndexOf("-n") + 2),
              100 * dynamic.daysMeetingServiceLevel(),
              100 * dynamic.daysWithinAbandonCap(),
              ResultTable.ci(dynamic.connectsPerAgentHour(), 2),
              bestFixed == null ? "none" : bestFixed.policy(),
              bestFixed == null ? "-" : ResultTable.ci(bestFixed.connectsPerAgentHour(), 2),
              better ? "yes" : "**no**",
              ResultTable.ci(dedicated.connectsPerAgentHour(), 2),
              meets(dedicated) ? "yes" : "no"));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("scenario", name);
      row.put("dynamicMeetsConstraints", meets(dynamic));
      row.put("dynamicConnectsPerAgentHour", dynamic.connectsPerAgentHour().mean());
      row.put("bestFixed", bestFixed == null ? null : bestFixed.policy());
      row.put(
          "bestFixedConnectsPerAgentHour",
          bestFixed == null ? null : bestFixed.connectsPerAgentHour().mean());
      row.put("dynamicBetter", better);
      rows.add(row);
    }
    summary.put("blended", rows);
    return md.append('\n').toString();
  }

  private static boolean meets(PolicyResult r) {
    return r.daysMeetingServiceLevel() >= DAY_SHARE && r.daysWithinAbandonCap() >= DAY_SHARE;
  }

  private static String speed(Map<String, Object> summary) {
    Scenario scenario = ScenarioFile.read(SCENARIOS.resolve("blended-n200.yaml"));
    PolicySpec policy = scenario.policy("dynamic");
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    Simulator.simulateDay(scenario, policy, 100);
    Simulator.simulateDay(scenario, policy, 101);
    int measured = 5;
    long events = 0;
    long started = cpu.getCurrentThreadCpuTime();
    double slowest = 0;
    for (int d = 0; d < measured; d++) {
      long before = cpu.getCurrentThreadCpuTime();
      DayResult day = Simulator.simulateDay(scenario, policy, d);
      slowest = Math.max(slowest, (cpu.getCurrentThreadCpuTime() - before) / 1e9);
      events += day.events();
    }
    double seconds = (cpu.getCurrentThreadCpuTime() - started) / 1e9;
    double perDay = seconds / measured;
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("scenario", scenario.name());
    row.put("policy", policy.name());
    row.put("cpuSecondsPerDay", perDay);
    row.put("slowestDaySeconds", slowest);
    row.put("eventsPerDay", events / measured);
    row.put("eventsPerSecond", events / seconds);
    summary.put("speed", row);
    return String.format(
        Locale.ROOT,
        "### Speed: one 8-hour day, 200 blend agents, dynamic blending + predictive pacing%n%n"
            + "| goal | CPU per day (mean of %d, after 2 warm-up days) | slowest day | events per day"
            + " | events per second |%n|---|---|---|---|---|%n| < 1 s | %.3f s | %.3f s | %d | %.0f"
            + " |%n%n",
        measured,
        perDay,
        slowest,
        events / measured,
        events / seconds);
  }

  private static PolicyResult byName(List<PolicyResult> results, String name) {
    return results.stream()
        .filter(r -> r.policy().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("benchmark scenario lacks " + name));
  }
}

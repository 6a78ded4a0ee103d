package org.blenddialer.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blenddialer.sim.Simulator;
import org.blenddialer.sim.result.PolicyResult;
import org.blenddialer.sim.scenario.PolicySpec;
import org.blenddialer.sim.scenario.Scenario;

/**
 * {@code bin/simulate SCENARIO [--policy NAME] [--days N] [--seed S] [--json FILE]}: runs a
 * scenario file's policies (or one of them) and prints a table; writes JSON on request.
 */
public final class SimulateCommand {

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SimulateCommand() {}

  public static void main(String[] args) {
    try {
      System.exit(run(args, System.out));
    } catch (ScenarioFileException | IllegalArgumentException e) {
      System.err.println("simulate: " + e.getMessage());
      System.exit(2);
    }
  }

  static int run(String[] args, PrintStream out) {
    String file = null;
    String policy = null;
    Integer days = null;
    Long seed = null;
    String json = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--policy" -> policy = value(args, ++i, "--policy");
        case "--days" -> days = Integer.parseInt(value(args, ++i, "--days"));
        case "--seed" -> seed = Long.parseLong(value(args, ++i, "--seed"));
        case "--json" -> json = value(args, ++i, "--json");
        case "-h", "--help" -> {
          out.println(
              "usage: bin/simulate SCENARIO [--policy NAME] [--days N] [--seed S] [--json FILE]");
          return 0;
        }
        default -> {
          if (args[i].startsWith("--") || file != null) {
            throw new IllegalArgumentException("unexpected argument " + args[i]);
          }
          file = args[i];
        }
      }
    }
    if (file == null) {
      throw new IllegalArgumentException(
          "usage: bin/simulate SCENARIO [--policy NAME] [--days N] [--seed S] [--json FILE]");
    }
    Scenario scenario = ScenarioFile.read(Path.of(file));
    scenario =
        scenario.withReplications(
            days != null ? days : scenario.days(), seed != null ? seed : scenario.seed());
    List<PolicySpec> policies =
        policy == null ? scenario.policies() : List.of(scenario.policy(policy));
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    List<PolicyResult> results = new ArrayList<>();
    long started = cpu.getCurrentThreadCpuTime();
    for (PolicySpec spec : policies) {
      results.add(Simulator.simulate(scenario, spec));
    }
    double seconds = (cpu.getCurrentThreadCpuTime() - started) / 1e9;
    long events = results.stream().mapToLong(PolicyResult::events).sum();
    out.printf(
        "%s: %d day(s) x %d policy(ies), seed %d%n",
        scenario.name(), scenario.days(), policies.size(), scenario.seed());
    out.print(ResultTable.render(results));
    out.printf("%d events in %.2f s of CPU (%.0f events/s)%n", events, seconds, events / seconds);
    if (json != null) {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("scenario", scenario.name());
      document.put("days", scenario.days());
      document.put("seed", scenario.seed());
      document.put("results", results);
      write(Path.of(json), document);
      out.println("wrote " + json);
    }
    return 0;
  }

  static void write(Path path, Object document) {
    try {
      if (path.getParent() != null) {
        Files.createDirectories(path.getParent());
      }
      JSON.writeValue(path.toFile(), document);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}

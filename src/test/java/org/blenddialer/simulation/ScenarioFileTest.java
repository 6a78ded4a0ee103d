package org.blenddialer.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.blenddialer.core.agent.AgentSkill;
import org.blenddialer.sim.Distribution;
import org.blenddialer.sim.Simulator;
import org.blenddialer.sim.scenario.BlendingSpec;
import org.blenddialer.sim.scenario.PacingSpec;
import org.blenddialer.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFileTest {

  private static final Path SCENARIOS = Path.of("campaigns/scenarios");

  @Test
  void everyShippedScenarioReads() throws IOException {
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      assertThat(files.filter(f -> f.toString().endsWith(".yaml")))
          .hasSizeGreaterThanOrEqualTo(13)
          .allSatisfy(f -> assertThat(ScenarioFile.read(f).policies()).isNotEmpty());
    }
  }

  @Test
  void theDemoDayReadsWithPeriodsDistributionsAndPolicies() {
    Scenario demo = ScenarioFile.read(SCENARIOS.resolve("demo-day.yaml"));
    assertThat(demo.periods()).hasSize(8);
    assertThat(demo.dayLength()).isEqualTo(8 * 3600);
    assertThat(demo.callTypes().get(0).callsPerHour().at(1)).isEqualTo(180);
    assertThat(demo.callTypes().get(0).patience()).isEqualTo(new Distribution.Lognormal(150, 1.0));
    assertThat(demo.agentGroups().get(0).skill()).isEqualTo(AgentSkill.INBOUND_ONLY);
    assertThat(demo.agentGroups().get(0).staffedIn(7)).isEqualTo(6);
    assertThat(demo.campaigns().get(0).machineShare()).isEqualTo(0.15);
    assertThat(demo.policy("threshold").pacing())
        .isEqualTo(new PacingSpec.Threshold("blend", 3, "blend", 2));
    assertThat(demo.policy("preview").blending()).isEqualTo(new BlendingSpec.Fixed(2));
  }

  @Test
  void jsonScenariosReadToo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("tiny.json");
    Files.writeString(
        file,
        """
        {"name": "tiny", "periods": [3600], "days": 2,
         "agentGroups": [{"name": "a", "skill": "outbound-only", "staffing": 3}],
         "campaigns": [{"name": "c", "liveAnswerProbability": 0.3,
                        "ringTime": {"type": "exponential", "mean": 8},
                        "handleTime": 120}],
         "policies": [{"name": "p", "pacing": "progressive"}]}
        """);
    Scenario tiny = ScenarioFile.read(file);
    assertThat(tiny.campaigns().get(0).handleTime()).isEqualTo(new Distribution.Constant(120));
    assertThat(tiny.agentGroups().get(0).skill()).isEqualTo(AgentSkill.OUTBOUND_ONLY);
  }

  @Test
  void aBadFileNamesTheProblem(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "name: bad\nperiods: [3600]\nagentGroups: []\n");
    assertThatThrownBy(() -> ScenarioFile.read(file))
        .isInstanceOf(ScenarioFileException.class)
        .hasMessageContaining("policies");
    Files.writeString(
        file,
        "name: bad\nperiods: [3600]\nagentGroups: [{staffing: 1}]\n"
            + "policies: [{name: p, pacing: {type: warp}}]\n");
    assertThatThrownBy(() -> ScenarioFile.read(file)).hasMessageContaining("unknown pacing type");
  }

  /** A table for 3 agents, 1 phase of 20 s: hold as many fresh dials as agents are free. */
  private static void writeTable(Path file, byte[] magic, int entries) throws IOException {
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
      out.write(magic);
      out.writeInt(1);
      out.writeDouble(20);
      out.writeInt(4);
      out.writeInt(1);
      out.writeInt(4);
      for (int busy = 0; busy <= 3 && entries > 0; busy++) {
        for (int ringing = 0; ringing < 4 && entries-- > 0; ringing++) {
          out.writeByte(3 - busy);
        }
      }
    }
  }

  private static Path tableScenario(Path dir) throws IOException {
    Path file = dir.resolve("tabled.yaml");
    Files.writeString(
        file,
        """
        name: tabled
        periods: [3600]
        warmUp: 0
        days: 2
        agentGroups: [{name: a, skill: outbound-only, staffing: 3}]
        campaigns:
          - {name: c, liveAnswerProbability: 0.5, ringTime: 8, noAnswerTimeout: 20, handleTime: 60}
        policies: [{name: replay, pacing: {type: table, file: tables/progressive.bin}}]
        """);
    return file;
  }

  @Test
  void aPolicyTableIsReadBesideTheScenarioAndReplayed(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("tables"));
    writeTable(dir.resolve("tables/progressive.bin"), PolicyTableFile.MAGIC, 16);
    Scenario scenario = ScenarioFile.read(tableScenario(dir));
    assertThat(scenario.policy("replay").pacing()).isInstanceOf(PacingSpec.Table.class);

    var result = Simulator.simulate(scenario, scenario.policy("replay"));
    // one dial per free agent: busy agents and answered calls, and never a drop
    assertThat(result.outboundDials().mean()).isGreaterThan(100);
    assertThat(result.outboundAbandoned().mean()).isZero();
  }

  @Test
  void aDamagedPolicyTableIsAClearError(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("tables"));
    Path table = dir.resolve("tables/progressive.bin");
    Path scenario = tableScenario(dir);
    writeTable(table, "XXXX".getBytes(StandardCharsets.US_ASCII), 16);
    assertThatThrownBy(() -> ScenarioFile.read(scenario))
        .isInstanceOf(ScenarioFileException.class)
        .hasMessageContaining("not a BlendDialer policy table");
    writeTable(table, PolicyTableFile.MAGIC, 15);
    assertThatThrownBy(() -> ScenarioFile.read(scenario))
        .hasMessageContaining("has 16 entries, not 15");
    Files.write(table, new byte[] {'B', 'D', 'P', 'T', 0, 0});
    assertThatThrownBy(() -> ScenarioFile.read(scenario)).hasMessageContaining("ends inside");
    Files.delete(table);
    assertThatThrownBy(() -> ScenarioFile.read(scenario))
        .hasMessageContaining("cannot read policy table");
  }

  @Test
  void aScenarioThatIsNotAFileMayNotNameATable() throws IOException {
    var tree =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(
                """
                {"periods": [3600], "agentGroups": [{"staffing": 1}],
                 "policies": [{"name": "p", "pacing": {"type": "table", "file": "/etc/passwd"}}]}
                """);
    assertThatThrownBy(() -> ScenarioFile.scenario(tree))
        .hasMessageContaining("only in scenario files");
  }

  @Test
  void theCommandLinePrintsATableAndWritesJson(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("out.json");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status =
        SimulateCommand.run(
            new String[] {
              SCENARIOS.resolve("outbound-p30-n20.yaml").toString(),
              "--policy",
              "progressive",
              "--days",
              "2",
              "--seed",
              "3",
              "--json",
              json.toString()
            },
            new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(status).isZero();
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("2 day(s) x 1 policy(ies), seed 3").contains("progressive");
    var document = SimulateCommand.JSON.readTree(json.toFile());
    assertThat(document.get("results").get(0).get("days")).hasSize(2);
    assertThat(document.get("results").get(0).get("occupancy").get("mean").asDouble())
        .isBetween(0.6, 0.9);
  }
}

package org.blenddialer.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.blenddialer.core.agent.AgentSkill;
import org.blenddialer.sim.Distribution;
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

package org.blenddialer.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.blenddialer.core.agent.AgentSkill;
import org.blenddialer.core.blending.DynamicReserve;
import org.blenddialer.core.blending.ServiceLevelTarget;
import org.blenddialer.core.estimate.OutboundEstimator.OutboundPrior;
import org.blenddialer.core.pacing.PredictiveSettings;
import org.blenddialer.sim.Distribution;
import org.blenddialer.sim.scenario.AgentGroup;
import org.blenddialer.sim.scenario.BlendingSpec;
import org.blenddialer.sim.scenario.InboundCallType;
import org.blenddialer.sim.scenario.OutboundCampaign;
import org.blenddialer.sim.scenario.PacingSpec;
import org.blenddialer.sim.scenario.PerPeriod;
import org.blenddialer.sim.scenario.PolicySpec;
import org.blenddialer.sim.scenario.Scenario;

/**
 * Reads a scenario from a YAML or JSON file (JSON is read as YAML's subset) into the simulator's
 * records. Times are seconds, rates calls per hour; see docs/core-sim.md for the format.
 */
public final class ScenarioFile {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ScenarioFile() {}

  /** Reads and validates the file. */
  public static Scenario read(Path file) {
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new ScenarioFileException("cannot read scenario " + file + ": " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new ScenarioFileException("scenario " + file + " is empty or not a mapping");
    }
    try {
      return scenario(root, file.toAbsolutePath().getParent());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ScenarioFileException("invalid scenario " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Builds a scenario from an already parsed tree (e.g. a what-if request body). Policy tables,
   * which are read from files, are only for scenario files.
   */
  public static Scenario scenario(JsonNode root) {
    return scenario(root, null);
  }

  private static Scenario scenario(JsonNode root, Path directory) {
    List<Double> periods = periods(required(root, "periods"));
    JsonNode sl = root.path("serviceLevel");
    ServiceLevelTarget target =
        new ServiceLevelTarget(
            sl.path("share").asDouble(0.8), sl.path("acceptableWait").asDouble(20));
    return new Scenario(
        text(root, "name", "scenario"),
        periods,
        list(root.path("callTypes"), ScenarioFile::callType),
        list(required(root, "agentGroups"), ScenarioFile::agentGroup),
        root.path("blendTakesInboundFirst").asBoolean(true),
        root.path("queueCapacity").asInt(1000),
        list(root.path("campaigns"), ScenarioFile::campaign),
        target,
        root.path("warmUp").asDouble(1800),
        root.path("days").asInt(30),
        root.path("seed").asLong(1),
        root.path("decisionInterval").asDouble(1.0),
        list(required(root, "policies"), node -> policy(node, directory)));
  }

  private static List<Double> periods(JsonNode node) {
    if (node.isObject()) {
      int count = required(node, "count").asInt();
      double length = required(node, "length").asDouble();
      List<Double> periods = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        periods.add(length);
      }
      return periods;
    }
    return perPeriod(node).values();
  }

  private static InboundCallType callType(JsonNode node) {
    return new InboundCallType(
        text(node, "name", "calls"),
        perPeriod(required(node, "callsPerHour")),
        node.path("busynessShape").asDouble(0),
        node.path("balkProbability").asDouble(0),
        node.has("patience") ? distribution(node.get("patience"), "patience") : null,
        distribution(required(node, "handleTime"), "handleTime"),
        node.has("wrapUp") ? distribution(node.get("wrapUp"), "wrapUp") : null);
  }

  private static AgentGroup agentGroup(JsonNode node) {
    return new AgentGroup(
        text(node, "name", "agents"),
        AgentSkill.valueOf(enumName(text(node, "skill", "BLEND"))),
        perPeriod(required(node, "staffing")));
  }

  private static OutboundCampaign campaign(JsonNode node) {
    double timeout = node.path("noAnswerTimeout").asDouble(20);
    JsonNode prior = node.path("prior");
    return new OutboundCampaign(
        text(node, "name", "campaign"),
        perPeriod(required(node, "liveAnswerProbability")),
        distribution(required(node, "ringTime"), "ringTime"),
        timeout,
        node.path("machineShare").asDouble(0),
        node.path("detectionAccuracy").asDouble(1),
        node.has("detectionDelay") ? distribution(node.get("detectionDelay"), "detection") : null,
        distribution(required(node, "handleTime"), "handleTime"),
        node.has("wrapUp") ? distribution(node.get("wrapUp"), "wrapUp") : null,
        node.has("previewTime") ? distribution(node.get("previewTime"), "previewTime") : null,
        node.path("answeredPatience").asDouble(2),
        node.path("dialFrom").asDouble(0),
        node.path("dialUntil").asDouble(Double.MAX_VALUE),
        node.path("maxAbandonRate").asDouble(0.03),
        new OutboundPrior(
            prior.path("liveAnswerProbability").asDouble(0.25),
            prior.path("ringTime").asDouble(10),
            prior.path("noAnswerTimeout").asDouble(timeout),
            prior.path("handleTime").asDouble(150)));
  }

  private static PolicySpec policy(JsonNode node, Path directory) {
    return new PolicySpec(
        text(node, "name", null),
        blending(node.path("blending")),
        pacing(required(node, "pacing"), directory),
        node.path("minTimeInMode").asDouble(30));
  }

  private static BlendingSpec blending(JsonNode node) {
    String type = node.isTextual() ? node.asText() : text(node, "type", "none");
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "none" -> new BlendingSpec.None();
      case "fixed" -> new BlendingSpec.Fixed(required(node, "reserve").asInt());
      case "dynamic" ->
          new BlendingSpec.Dynamic(
              node.path("extraAgents").asInt(0),
              DynamicReserve.Model.valueOf(enumName(text(node, "model", "pooled"))));
      default -> throw new IllegalArgumentException("unknown blending type " + type);
    };
  }

  private static PacingSpec pacing(JsonNode node, Path directory) {
    String type = node.isTextual() ? node.asText() : text(node, "type", null);
    PredictiveSettings defaults = PredictiveSettings.defaults();
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "preview" -> new PacingSpec.Preview();
      case "progressive" -> new PacingSpec.Progressive();
      case "power" -> new PacingSpec.Power(node.path("ratio").asDouble(2));
      case "threshold" ->
          new PacingSpec.Threshold(
              text(node, "testGroup", "*"),
              node.path("threshold").asInt(1),
              text(node, "targetGroup", "*"),
              node.path("callsPerFreeAgent").asDouble(1));
      case "adaptive" ->
          new PacingSpec.Adaptive(
              node.path("targetDropRate").asDouble(0.03),
              node.path("maxLevel").asDouble(4),
              node.path("step").asDouble(0.1),
              node.path("adjustEvery").asDouble(15));
      case "predictive" ->
          new PacingSpec.Predictive(
              new PredictiveSettings(
                  node.path("targetAbandonRate").asDouble(defaults.targetAbandonRate()),
                  node.path("answerWindow").asDouble(defaults.answerWindow()),
                  node.path("budgetGain").asDouble(defaults.budgetGain()),
                  node.path("budgetSmoothing").asDouble(defaults.budgetSmoothing())));
      case "table" -> {
        String file = text(node, "file", null);
        if (file == null) {
          throw new IllegalArgumentException("table pacing needs a file");
        }
        if (directory == null) {
          throw new IllegalArgumentException("table pacing reads a file: only in scenario files");
        }
        yield new PacingSpec.Table(PolicyTableFile.read(directory.resolve(file)));
      }
      default -> throw new IllegalArgumentException("unknown pacing type " + type);
    };
  }

  /** A number is a constant; otherwise {@code {type: exponential, mean: 180}} and so on. */
  static Distribution distribution(JsonNode node, String field) {
    if (node.isNumber()) {
      return new Distribution.Constant(node.asDouble());
    }
    String type = text(node, "type", null);
    if (type == null) {
      throw new IllegalArgumentException(field + " needs a type");
    }
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "constant" -> new Distribution.Constant(required(node, "value").asDouble());
      case "exponential" -> new Distribution.Exponential(required(node, "mean").asDouble());
      case "gamma" ->
          new Distribution.Gamma(
              required(node, "shape").asDouble(), required(node, "scale").asDouble());
      case "lognormal" ->
          new Distribution.Lognormal(
              required(node, "mean").asDouble(), required(node, "cv").asDouble());
      case "uniform" ->
          new Distribution.Uniform(
              required(node, "min").asDouble(), required(node, "max").asDouble());
      case "empirical" -> {
        JsonNode values = required(node, "values");
        double[] array = new double[values.size()];
        for (int i = 0; i < array.length; i++) {
          array[i] = values.get(i).asDouble();
        }
        yield new Distribution.Empirical(array);
      }
      default -> throw new IllegalArgumentException(field + ": unknown distribution " + type);
    };
  }

  private static PerPeriod perPeriod(JsonNode node) {
    if (node.isNumber()) {
      return PerPeriod.constant(node.asDouble());
    }
    List<Double> values = new ArrayList<>();
    node.forEach(v -> values.add(v.asDouble()));
    return new PerPeriod(values);
  }

  private static <T> List<T> list(JsonNode node, Function<JsonNode, T> item) {
    List<T> items = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> items.add(item.apply(n)));
    }
    return items;
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    return value;
  }

  private static String text(JsonNode node, String field, String fallback) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (fallback == null) {
        throw new IllegalArgumentException("missing field '" + field + "'");
      }
      return fallback;
    }
    return value.asText();
  }

  private static String enumName(String value) {
    return value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
  }
}

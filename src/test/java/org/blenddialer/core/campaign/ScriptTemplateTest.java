package org.blenddialer.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptTemplateTest {

  @Test
  void fillsLeadFieldsAndFallsBackWhenEmpty() {
    var script =
        new ScriptTemplate(
            "Hej {{ firstName }}, ringer du stadig fra {{city|din by}}? {{unknown}}.");
    assertThat(script.render(Map.of("firstName", "Søren")))
        .isEqualTo("Hej Søren, ringer du stadig fra din by? .");
    assertThat(script.render(Map.of("firstName", "Åsa", "city", "Malmö")))
        .isEqualTo("Hej Åsa, ringer du stadig fra Malmö? .");
  }

  @Test
  void valuesWithDollarSignsAndBackslashesAreInsertedLiterally() {
    assertThat(new ScriptTemplate("Price: {{price}}").render(Map.of("price", "$5 \\ each")))
        .isEqualTo("Price: $5 \\ each");
  }
}

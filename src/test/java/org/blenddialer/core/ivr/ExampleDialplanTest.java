package org.blenddialer.core.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The example include in asterisk-config/ is what the writer makes of the two-level example plan
 * (set {@code -Dexample.dialplan.write=true} to rewrite it), and it keeps to Asterisk's syntax
 * rules: literal extension names only (no _ patterns, whose N, X and Z are wildcards), every
 * application line in {@code exten => name,1,App(args)} or {@code same => n,App(args)} form.
 */
class ExampleDialplanTest {

  private static final Path EXAMPLE = Path.of("asterisk-config/blenddialer-ivr.example.conf");
  private static final Pattern LINE =
      Pattern.compile(
          "(exten => [a-z0-9*#_-]+,1,[A-Za-z]+\\(.*\\)|"
              + " same => n(\\([a-z]+\\))?,[A-Za-z]+\\(.*\\)|\\[[a-z0-9_-]+\\]|;.*|)");

  private static String render() {
    return DialplanWriter.render(
        IvrFixtures.twoLevelPlan(), List.of("support"), List.of("support", "sales"));
  }

  @Test
  void theExampleIncludeIsTheWritersOutput() throws Exception {
    if (Boolean.getBoolean("example.dialplan.write")) {
      Files.writeString(EXAMPLE, render(), StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(EXAMPLE, StandardCharsets.UTF_8)).isEqualTo(render());
  }

  @Test
  void everyLineKeepsToTheDialplanSyntaxRules() {
    for (String line : render().split("\n")) {
      assertThat(line).matches(LINE);
      assertThat(line).doesNotStartWith("exten => _");
    }
  }
}

package org.blenddialer.core.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.blenddialer.core.ivr.QueueAnnouncements.HoldTime;
import org.blenddialer.core.ivr.QueueAnnouncements.Position;
import org.junit.jupiter.api.Test;

/**
 * The queues.conf include: each queue's announcement options added to its own section, read back
 * the same by the simulator; the example in asterisk-config/ is the writer's output (set {@code
 * -Dexample.queues.write=true} to rewrite it); bad values are refused naming the field.
 */
class QueuesConfWriterTest {

  private static final Path EXAMPLE = Path.of("asterisk-config/blenddialer-queues.example.conf");
  private static final Pattern LINE =
      Pattern.compile("(\\[[A-Za-z0-9_-]+\\]\\(\\+\\)|[a-z-]+ = [A-Za-z0-9_/-]+|;.*|)");

  static Map<String, QueueAnnouncements> example() {
    return Map.of(
        "support",
        new QueueAnnouncements(Position.LIMIT, 5, HoldTime.YES, 30, "custom/please-hold", 60),
        "sales",
        new QueueAnnouncements(Position.YES, 0, HoldTime.ONCE, 45, null, 0),
        "outbound",
        QueueAnnouncements.NONE);
  }

  @Test
  void theExampleIncludeIsTheWritersOutput() throws Exception {
    String text = QueuesConfWriter.render(example());
    if (Boolean.getBoolean("example.queues.write")) {
      Files.writeString(EXAMPLE, text, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(EXAMPLE, StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(text)
        .contains(
            "[support](+)\n"
                + "announce-frequency = 30\n"
                + "announce-position = limit\n"
                + "announce-position-limit = 5\n"
                + "announce-holdtime = yes\n"
                + "periodic-announce = custom/please-hold\n"
                + "periodic-announce-frequency = 60\n");
    for (String line : text.split("\n")) {
      assertThat(line).matches(LINE);
    }
  }

  @Test
  void whatIsWrittenIsReadBackTheSame() {
    assertThat(QueuesConfWriter.parse(QueuesConfWriter.render(example()))).isEqualTo(example());
  }

  @Test
  void valuesQueuesConfCannotTakeAreRefusedAtTheirField() {
    assertThatThrownBy(() -> new QueueAnnouncements(Position.YES, 0, HoldTime.NO, 0, null, 0))
        .hasFieldOrPropertyWithValue("field", "frequencySeconds");
    assertThatThrownBy(() -> new QueueAnnouncements(Position.LIMIT, 0, HoldTime.NO, 30, null, 0))
        .hasFieldOrPropertyWithValue("field", "positionLimit");
    assertThatThrownBy(() -> new QueueAnnouncements(Position.NO, 0, HoldTime.NO, 0, "a b", 30))
        .hasFieldOrPropertyWithValue("field", "periodicSound");
    assertThatThrownBy(() -> new QueueAnnouncements(Position.NO, 0, HoldTime.NO, 0, "hold", 0))
        .hasFieldOrPropertyWithValue("field", "periodicFrequencySeconds");
    assertThatThrownBy(() -> new QueueAnnouncements(Position.NO, 0, HoldTime.YES, 9999, null, 0))
        .hasFieldOrPropertyWithValue("field", "frequencySeconds");
  }
}

package org.blenddialer.core.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumberIndexTest {

  @Test
  void remembersTheFirstLineOfEachNumberAcrossGrowth() {
    NumberIndex index = new NumberIndex(4);
    Map<Long, Long> reference = new HashMap<>();
    Random random = new Random(7);
    for (long line = 1; line <= 100_000; line++) {
      long number = 4520000000L + random.nextInt(60_000);
      long expected = reference.getOrDefault(number, -1L);
      assertThat(index.putIfAbsent(number, line)).isEqualTo(expected);
      reference.putIfAbsent(number, line);
    }
    assertThat(index.size()).isEqualTo(reference.size());
    reference.keySet().forEach(number -> assertThat(index.contains(number)).isTrue());
    assertThat(index.contains(4599999999L)).isFalse();
  }

  @Test
  void putReplacesTheLine() {
    NumberIndex index = new NumberIndex(16);
    index.put(NumberIndex.key("+4520123456"), 2);
    index.put(NumberIndex.key("+4520123456"), 9);
    assertThat(index.putIfAbsent(4520123456L, 11)).isEqualTo(9);
  }

  @Test
  void keysAreTheDigitsOfE164() {
    assertThat(NumberIndex.key("+12025550143")).isEqualTo(12025550143L);
    assertThatThrownBy(() -> NumberIndex.key("2025550143"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void customFieldsAreEscapedJson() {
    assertThat(
            CustomFieldsJson.write(
                new String[] {"Note", "Empty", "By"}, new String[] {"a \"b\"\nc\\", "", "Ærø"}))
        .isEqualTo("{\"Note\":\"a \\\"b\\\"\\nc\\\\\",\"By\":\"Ærø\"}");
    assertThat(CustomFieldsJson.write(new String[] {"x"}, new String[] {""})).isNull();
  }
}

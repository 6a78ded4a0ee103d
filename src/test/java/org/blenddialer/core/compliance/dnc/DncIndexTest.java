package org.blenddialer.core.compliance.dnc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DncIndexTest {

  @Test
  void answersExactlyLikeASetForNumbersOfSeveralCountries() {
    SplittableRandom random = new SplittableRandom(1);
    Set<Long> expected = new HashSet<>();
    LongList numbers = new LongList();
    for (int i = 0; i < 200_000; i++) {
      long n =
          switch (i % 4) {
            case 0 -> 13_050_000_000L + random.nextLong(10_000_000L); // US +1 305
            case 1 -> 447_700_000_000L + random.nextLong(100_000_000L); // UK mobiles
            case 2 -> 4_790_000_000L + random.nextLong(1_000_000L); // NO, dense
            default -> 4_600_000_000L + random.nextLong(1_000_000_000L); // SE, sparse
          };
      numbers.add(n);
      expected.add(n);
    }
    DncIndex index = DncIndex.of(numbers.toArray());

    assertThat(index.size()).isEqualTo(expected.size());
    for (long n : expected) {
      assertThat(index.contains(n)).as("listed %d", n).isTrue();
    }
    int misses = 0;
    for (int i = 0; i < 200_000; i++) {
      long probe = 4_000_000_000L + random.nextLong(500_000_000_000L);
      assertThat(index.contains(probe)).isEqualTo(expected.contains(probe));
      misses += expected.contains(probe) ? 0 : 1;
    }
    assertThat(misses).isPositive();
    assertThat((double) index.bytesUsed() / index.size()).isLessThan(3.0);
  }

  @Test
  void neighboursOfListedNumbersAreNotListed() {
    DncIndex index = DncIndex.of(new long[] {13_055_550_123L, 13_055_550_125L, 13_055_550_123L});

    assertThat(index.size()).isEqualTo(2);
    assertThat(index.contains(13_055_550_122L)).isFalse();
    assertThat(index.contains(13_055_550_123L)).isTrue();
    assertThat(index.contains(13_055_550_124L)).isFalse();
    assertThat(index.contains(13_055_550_125L)).isTrue();
    assertThat(index.contains(13_055_550_126L)).isFalse();
    assertThat(index.contains(1L)).isFalse();
    assertThat(index.contains(Long.MAX_VALUE)).isFalse();
  }

  @Test
  void looksUpE164StringsAndRejectsJunk() {
    DncIndex index = DncIndex.of(new long[] {4_791_234_567L});

    assertThat(index.contains("+4791234567")).isTrue();
    assertThat(index.contains("4791234567")).isTrue();
    assertThat(index.contains("+4791234568")).isFalse();
    assertThat(index.contains("+47 912")).isFalse();
    assertThat(index.contains("")).isFalse();
  }

  @Test
  void anEmptyIndexHoldsNothing() {
    assertThat(DncIndex.of(new long[0]).contains(13_055_550_123L)).isFalse();
    assertThat(DncIndex.empty().size()).isZero();
  }

  @Test
  void aDenseRunOfConsecutiveNumbersIsFound() {
    long[] run = new long[100_000];
    for (int i = 0; i < run.length; i++) {
      run[i] = 4_520_000_000L + i;
    }
    DncIndex index = DncIndex.of(run.clone());

    for (long n : run) {
      assertThat(index.contains(n)).isTrue();
    }
    assertThat(index.contains(4_520_000_000L - 1)).isFalse();
    assertThat(index.contains(4_520_000_000L + run.length)).isFalse();
    assertThat((double) index.bytesUsed() / index.size()).isLessThan(1.5);
  }
}

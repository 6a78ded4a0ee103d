package org.blenddialer.sim;

import java.util.SplittableRandom;

/**
 * Independent seeded random streams, one per random input and day: the same scenario, seed and day
 * give the same arrivals, patience, handle times, answers and ring times whatever the policy does
 * with them (common random numbers).
 */
public final class RandomStreams {

  private final long seed;
  private final int day;

  public RandomStreams(long seed, int day) {
    this.seed = seed;
    this.day = day;
  }

  /** The stream for one named input (e.g. {@code "arrivals:sales"}). */
  public SplittableRandom stream(String input) {
    long h = mix(seed ^ 0x9E3779B97F4A7C15L);
    h = mix(h + day);
    for (int i = 0; i < input.length(); i++) {
      h = mix(h + input.charAt(i));
    }
    return new SplittableRandom(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

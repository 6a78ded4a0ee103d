package org.blenddialer.telephony.pbxsim;

import java.util.SplittableRandom;

/**
 * One seeded random stream per random input (arrivals, patience, ring, talk, outcomes...), so that
 * changing how often one input is drawn does not shift the draws of another.
 */
final class RandomStreams {

  final SplittableRandom arrivals;
  final SplittableRandom patience;
  final SplittableRandom agentAnswer;
  final SplittableRandom handleTime;
  final SplittableRandom outcomes;
  final SplittableRandom ring;
  final SplittableRandom talk;
  final SplittableRandom strategy;
  final SplittableRandom optOut;

  RandomStreams(long seed) {
    SplittableRandom root = new SplittableRandom(seed);
    arrivals = root.split();
    patience = root.split();
    agentAnswer = root.split();
    handleTime = root.split();
    outcomes = root.split();
    ring = root.split();
    talk = root.split();
    strategy = root.split();
    // Split last, so that the streams above draw what they drew before it existed.
    optOut = root.split();
  }

  /** An exponentially distributed draw with the given mean. */
  static double exponential(SplittableRandom stream, double mean) {
    return -mean * Math.log(1.0 - stream.nextDouble());
  }
}

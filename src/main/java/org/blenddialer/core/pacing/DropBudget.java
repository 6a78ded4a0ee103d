package org.blenddialer.core.pacing;

/**
 * A campaign's abandon (drop) budget over its measuring window: abandoned live answers may not
 * exceed {@code maxAbandonRate} of live answers.
 *
 * @param maxAbandonRate the cap, e.g. 0.03
 * @param liveAnswers live answers so far in the window
 * @param abandoned live answers that found no agent in time (or were hung up on) so far
 */
public record DropBudget(double maxAbandonRate, long liveAnswers, long abandoned) {

  public DropBudget {
    if (!(maxAbandonRate >= 0 && maxAbandonRate < 1)) {
      throw new IllegalArgumentException("max abandon rate must be in [0, 1): " + maxAbandonRate);
    }
    if (liveAnswers < 0 || abandoned < 0 || abandoned > liveAnswers) {
      throw new IllegalArgumentException("need 0 <= abandoned <= live answers");
    }
  }

  /** A fresh window with nothing counted yet. */
  public static DropBudget fresh(double maxAbandonRate) {
    return new DropBudget(maxAbandonRate, 0, 0);
  }

  /** Abandon rate so far; 0 before the first live answer. */
  public double rate() {
    return liveAnswers == 0 ? 0.0 : (double) abandoned / liveAnswers;
  }

  /** Drops still allowed given the answers so far (negative when over budget). */
  public double remainingDrops() {
    return maxAbandonRate * liveAnswers - abandoned;
  }

  /** The window with one more live answer, abandoned or not. */
  public DropBudget withAnswer(boolean wasAbandoned) {
    return new DropBudget(maxAbandonRate, liveAnswers + 1, abandoned + (wasAbandoned ? 1 : 0));
  }
}

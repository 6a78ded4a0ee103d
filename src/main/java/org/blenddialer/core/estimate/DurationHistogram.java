package org.blenddialer.core.estimate;

/**
 * A duration distribution learned online from observed outcomes: a histogram whose older
 * observations fade (each new one weighs a little more than the last, so the estimate follows
 * drift), started from a prior exponential distribution worth a few observations. Beyond the last
 * bin the tail is exponential with the observed mean excess. Survival is read from a table rebuilt
 * every few observations, so a query costs a lookup.
 */
public final class DurationHistogram implements DurationModel {

  private static final double RENORMALISE_ABOVE = 1e150;
  private static final int REBUILD_EVERY = 16;

  private final double binWidth;
  private final double[] weights;
  private final double growth;
  private double overflowWeight;
  private double overflowExcess;
  private double total;
  private double weightedSum;
  private double nextWeight = 1.0;
  private int sinceRebuild = REBUILD_EVERY;
  private final double[] survivalAtEdge;
  private double tailMean;

  /**
   * @param binWidth seconds per bin
   * @param bins number of bins; durations beyond {@code bins * binWidth} share an exponential tail
   * @param memory roughly how many recent observations the estimate remembers
   * @param priorMean mean of the prior exponential distribution
   * @param priorWeight how many observations the prior is worth
   */
  public DurationHistogram(
      double binWidth, int bins, double memory, double priorMean, double priorWeight) {
    if (!(binWidth > 0) || bins < 1 || !(memory >= 1) || !(priorMean > 0) || priorWeight < 0) {
      throw new IllegalArgumentException("invalid duration histogram settings");
    }
    this.binWidth = binWidth;
    this.weights = new double[bins];
    this.survivalAtEdge = new double[bins + 1];
    this.growth = 1.0 / (1.0 - 1.0 / memory);
    double max = bins * binWidth;
    for (int i = 0; i < bins; i++) {
      double mass = Math.exp(-i * binWidth / priorMean) - Math.exp(-(i + 1) * binWidth / priorMean);
      weights[i] = priorWeight * mass;
    }
    double tail = Math.exp(-max / priorMean);
    overflowWeight = priorWeight * tail;
    overflowExcess = overflowWeight * priorMean;
    total = priorWeight;
    weightedSum = priorWeight * priorMean;
    rebuild();
  }

  /** Records one observed duration. */
  public void observe(double seconds) {
    if (!(seconds >= 0) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException("duration must be finite and >= 0: " + seconds);
    }
    double w = nextWeight;
    int bin = (int) (seconds / binWidth);
    if (bin < weights.length) {
      weights[bin] += w;
    } else {
      overflowWeight += w;
      overflowExcess += w * (seconds - weights.length * binWidth);
    }
    total += w;
    weightedSum += w * seconds;
    nextWeight *= growth;
    if (nextWeight > RENORMALISE_ABOVE) {
      renormalise();
    }
    if (++sinceRebuild >= REBUILD_EVERY) {
      rebuild();
    }
  }

  @Override
  public double mean() {
    return total > 0 ? weightedSum / total : 0;
  }

  @Override
  public double survival(double seconds) {
    if (seconds <= 0) {
      return 1.0;
    }
    double position = seconds / binWidth;
    int bin = (int) position;
    if (bin >= weights.length) {
      double beyond = seconds - weights.length * binWidth;
      return survivalAtEdge[weights.length] * Math.exp(-beyond / tailMean);
    }
    double fraction = position - bin;
    return survivalAtEdge[bin] + fraction * (survivalAtEdge[bin + 1] - survivalAtEdge[bin]);
  }

  private void rebuild() {
    sinceRebuild = 0;
    double remaining = total;
    survivalAtEdge[0] = 1.0;
    for (int i = 0; i < weights.length; i++) {
      remaining -= weights[i];
      survivalAtEdge[i + 1] = total > 0 ? Math.max(0.0, remaining / total) : 0.0;
    }
    tailMean = overflowWeight > 0 ? Math.max(binWidth, overflowExcess / overflowWeight) : binWidth;
  }

  private void renormalise() {
    double scale = 1.0 / nextWeight;
    for (int i = 0; i < weights.length; i++) {
      weights[i] *= scale;
    }
    overflowWeight *= scale;
    overflowExcess *= scale;
    total *= scale;
    weightedSum *= scale;
    nextWeight = 1.0;
  }
}

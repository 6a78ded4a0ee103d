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
  // The cohort table forgets calls started more than about an hour ago: handle times follow the
  // time of day on that scale.
  private static final double COHORT_TIME_CONSTANT = 3600;

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
  private final double priorMean;
  private final double priorWeight;
  private final double[] cohort;
  private double cohortOverflow;
  private double cohortOverflowExcess;
  private double cohortTotal;
  private final StartWeights starts = new StartWeights(COHORT_TIME_CONSTANT);
  private boolean timed;
  private final double[] startDiscount;
  private final double[] runningPartial;
  private final double[] runningPast;
  private final double[] cohortSurvival;

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
    this.priorMean = priorMean;
    this.priorWeight = priorWeight;
    this.cohort = new double[bins];
    this.startDiscount = new double[bins];
    for (int i = 0; i < bins; i++) {
      startDiscount[i] = Math.exp(-(i + 0.5) * binWidth / COHORT_TIME_CONSTANT);
    }
    this.runningPartial = new double[bins];
    this.runningPast = new double[bins];
    this.cohortSurvival = new double[bins + 1];
    this.growth = 1.0 / (1.0 - 1.0 / memory);
    double max = bins * binWidth;
    for (int i = 0; i < bins; i++) {
      weights[i] = priorWeight * priorMass(i);
    }
    double tail = Math.exp(-max / priorMean);
    overflowWeight = priorWeight * tail;
    overflowExcess = overflowWeight * priorMean;
    total = priorWeight;
    weightedSum = priorWeight * priorMean;
    rebuild();
  }

  /** Share of the prior exponential distribution in bin {@code i}. */
  private double priorMass(int i) {
    return Math.exp(-i * binWidth / priorMean) - Math.exp(-(i + 1) * binWidth / priorMean);
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
    return survivalIn(survivalAtEdge, tailMean, seconds);
  }

  /** Survival read from a table at the bin edges, exponential beyond the last edge. */
  private double survivalIn(double[] atEdge, double tail, double seconds) {
    if (seconds <= 0) {
      return 1.0;
    }
    double position = seconds / binWidth;
    int bin = (int) position;
    if (bin >= weights.length) {
      double beyond = seconds - weights.length * binWidth;
      return atEdge[weights.length] * Math.exp(-beyond / tail);
    }
    double fraction = position - bin;
    return atEdge[bin] + fraction * (atEdge[bin + 1] - atEdge[bin]);
  }

  /**
   * Records one duration that ended at {@code endedAt} (seconds on the caller's clock). Besides the
   * fading histogram above, it is kept in a cohort table weighted by when it started, which {@link
   * #probabilitiesEndWithin} reads together with the things still running.
   */
  public void observe(double seconds, double endedAt) {
    observe(seconds);
    double started = endedAt - seconds;
    if (!starts.started()) {
      startCohort(started);
    }
    double w = starts.weight(started);
    int bin = (int) (seconds / binWidth);
    if (bin < cohort.length) {
      cohort[bin] += w;
    } else {
      cohortOverflow += w;
      cohortOverflowExcess += w * (seconds - cohort.length * binWidth);
    }
    cohortTotal += w;
    timed = true;
    if (starts.due(started)) {
      startCohort(started);
    }
  }

  /** Sets the cohort's time origin, rescaling what it holds (the first call puts the prior in). */
  private void startCohort(double newOrigin) {
    if (!starts.started()) {
      starts.start(newOrigin);
      double max = cohort.length * binWidth;
      for (int i = 0; i < cohort.length; i++) {
        cohort[i] = priorWeight * priorMass(i);
      }
      cohortOverflow = priorWeight * Math.exp(-max / priorMean);
      cohortOverflowExcess = cohortOverflow * priorMean;
      cohortTotal = priorWeight;
    } else {
      double scale = starts.rebase(newOrigin);
      for (int i = 0; i < cohort.length; i++) {
        cohort[i] *= scale;
      }
      cohortOverflow *= scale;
      cohortOverflowExcess *= scale;
      cohortTotal *= scale;
    }
  }

  /**
   * Life-table (Kaplan-Meier) estimate over the cohort of things started recently, finished or
   * still running: in each bin the chance of ending is the finished ones that ended there over
   * everything at risk there, a running one for the part of the bin it has lived through; each
   * weighs by when it started (fading over hours), so finished and running ones of the same start
   * count alike. Learned from finished durations alone, the distribution is biased short while many
   * long ones are still running (all agents connect at the start of a day and the first calls to
   * end are the short ones), and a pacer would count on agents coming free who will not. Without
   * timed observations ({@link #observe(double, double)}) it falls back to the fading histogram.
   */
  @Override
  public void probabilitiesEndWithin(
      double now, double[] elapsed, int count, double horizon, double[] out) {
    if (!timed) {
      DurationModel.super.probabilitiesEndWithin(now, elapsed, count, horizon, out);
      return;
    }
    int bins = cohort.length;
    // running calls: partial exposure in their own bin, and how many lived through each whole bin
    java.util.Arrays.fill(runningPartial, 0.0);
    java.util.Arrays.fill(runningPast, 0.0);
    double scaleNow = starts.weight(now);
    double beyondEdge = 0;
    double beyondExcess = 0;
    for (int i = 0; i < count; i++) {
      double e = Math.max(0, elapsed[i]);
      int bin = (int) (e / binWidth);
      if (bin >= bins) {
        double w = scaleNow * Math.exp(-e / COHORT_TIME_CONSTANT);
        beyondEdge += w;
        beyondExcess += w * (e - bins * binWidth);
      } else {
        double w = scaleNow * startDiscount[bin];
        runningPartial[bin] += w * (e - bin * binWidth) / binWidth;
        runningPast[bin] += w;
      }
    }
    double past = beyondEdge;
    for (int b = bins - 1; b >= 0; b--) {
      double inBin = runningPast[b];
      runningPast[b] = past;
      past += inBin;
    }
    double finishedAtRisk = cohortTotal;
    double survival = 1.0;
    for (int b = 0; b < bins; b++) {
      double atRisk = finishedAtRisk + runningPast[b] + runningPartial[b];
      double ending = atRisk > 0 ? Math.min(1.0, cohort[b] / atRisk) : 0.0;
      cohortSurvival[b] = survival;
      survival *= 1.0 - ending;
      finishedAtRisk -= cohort[b];
    }
    cohortSurvival[bins] = survival;
    double tail =
        cohortOverflow > 0
            ? Math.max(binWidth, (cohortOverflowExcess + beyondExcess) / cohortOverflow)
            : Math.max(binWidth, tailMean);
    for (int i = 0; i < count; i++) {
      double alive = survivalIn(cohortSurvival, tail, elapsed[i]);
      double later = survivalIn(cohortSurvival, tail, elapsed[i] + horizon);
      out[i] = alive <= 1e-12 ? 1.0 : Math.min(1.0, Math.max(0.0, 1.0 - later / alive));
    }
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

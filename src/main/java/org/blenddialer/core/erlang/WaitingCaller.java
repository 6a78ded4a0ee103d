package org.blenddialer.core.erlang;

/**
 * The fate of one caller who joins a queue with {@code j} callers ahead, when the head of the queue
 * is answered at rate {@code serveRate} and every waiting caller (this one included) hangs up at
 * rate {@code 1 / patience}: the probability of being answered, and of having hung up, within a
 * given time, for every {@code j}. The backward equations are integrated with fourth-order
 * Runge-Kutta in steps short enough for the fastest rate.
 */
public final class WaitingCaller {

  private WaitingCaller() {}

  /**
   * Probabilities, per number of callers ahead, of being answered ({@code answered[j]}) or gone
   * ({@code gone[j]}) within {@code seconds}.
   */
  public record Fate(double[] answered, double[] gone) {}

  /** Fate within {@code seconds} for 0 .. {@code positions - 1} callers ahead. */
  public static Fate within(int positions, double serveRate, double patience, double seconds) {
    if (positions < 0 || !(serveRate > 0) || !(patience > 0) || !(seconds >= 0)) {
      throw new IllegalArgumentException("invalid waiting-caller settings");
    }
    double abandon = Double.isInfinite(patience) ? 0.0 : 1.0 / patience;
    double[] rate = new double[positions];
    for (int j = 0; j < positions; j++) {
      rate[j] = serveRate + j * abandon;
    }
    double[] served = new double[positions];
    double[] gone = new double[positions];
    if (positions == 0 || seconds == 0) {
      return new Fate(served, gone);
    }
    double fastest = rate[positions - 1] + abandon;
    int steps = (int) Math.ceil(seconds * fastest / 0.5) + 1;
    double h = seconds / steps;
    double[][] k = new double[8][positions];
    double[] tmpServed = new double[positions];
    double[] tmpGone = new double[positions];
    for (int s = 0; s < steps; s++) {
      derivative(served, gone, rate, abandon, k[0], k[1]);
      axpy(served, k[0], h / 2, tmpServed);
      axpy(gone, k[1], h / 2, tmpGone);
      derivative(tmpServed, tmpGone, rate, abandon, k[2], k[3]);
      axpy(served, k[2], h / 2, tmpServed);
      axpy(gone, k[3], h / 2, tmpGone);
      derivative(tmpServed, tmpGone, rate, abandon, k[4], k[5]);
      axpy(served, k[4], h, tmpServed);
      axpy(gone, k[5], h, tmpGone);
      derivative(tmpServed, tmpGone, rate, abandon, k[6], k[7]);
      for (int j = 0; j < positions; j++) {
        served[j] += h / 6 * (k[0][j] + 2 * k[2][j] + 2 * k[4][j] + k[6][j]);
        gone[j] += h / 6 * (k[1][j] + 2 * k[3][j] + 2 * k[5][j] + k[7][j]);
      }
    }
    return new Fate(served, gone);
  }

  private static void derivative(
      double[] served, double[] gone, double[] rate, double abandon, double[] ds, double[] dg) {
    for (int j = 0; j < served.length; j++) {
      double aheadServed = j == 0 ? 1.0 : served[j - 1];
      double aheadGone = j == 0 ? 0.0 : gone[j - 1];
      ds[j] = rate[j] * aheadServed - (rate[j] + abandon) * served[j];
      dg[j] = rate[j] * aheadGone + abandon - (rate[j] + abandon) * gone[j];
    }
  }

  private static void axpy(double[] x, double[] dx, double h, double[] out) {
    for (int j = 0; j < x.length; j++) {
      out[j] = x[j] + h * dx[j];
    }
  }
}

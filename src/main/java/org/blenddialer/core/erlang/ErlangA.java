package org.blenddialer.core.erlang;

/**
 * The M/M/N+M queue (Erlang A): Poisson arrivals, exponential handle times and exponential caller
 * patience. The stationary distribution is computed in logarithms and scaled by its largest term,
 * so it neither overflows nor underflows for thousands of agents.
 *
 * @param agents number of agents N
 * @param arrivalRate callers per second
 * @param handleTime mean handle time in seconds
 * @param patience mean patience in seconds (infinite patience is Erlang C; use {@link Erlang})
 */
public record ErlangA(int agents, double arrivalRate, double handleTime, double patience) {

  private static final double NEGLIGIBLE = 1e-15;

  public ErlangA {
    if (agents < 1) {
      throw new IllegalArgumentException("Erlang A needs at least one agent: " + agents);
    }
    if (!(arrivalRate >= 0) || !(handleTime > 0) || !(patience > 0)) {
      throw new IllegalArgumentException(
          "need arrival rate >= 0, handle time > 0 and patience > 0");
    }
    if (Double.isInfinite(patience) || Double.isInfinite(arrivalRate)) {
      throw new IllegalArgumentException("rates must be finite");
    }
  }

  /** Probabilities of the number of callers in the system (talking or waiting) seen on arrival. */
  public double[] stateProbabilities() {
    double serve = 1.0 / handleTime;
    double abandon = 1.0 / patience;
    double load = arrivalRate * handleTime;
    if (arrivalRate == 0) {
      return new double[] {1.0};
    }
    // log of the unnormalised birth-death weights; grows until the terms become negligible
    double[] logs = new double[agents + 64];
    int size = 0;
    double logLoad = Math.log(load);
    double current = 0.0;
    double max = 0.0;
    logs[size++] = 0.0;
    for (int n = 1; n <= agents; n++) {
      current += logLoad - Math.log(n);
      logs = ensure(logs, size);
      logs[size++] = current;
      max = Math.max(max, current);
    }
    for (int k = 1; ; k++) {
      current += Math.log(arrivalRate / (agents * serve + k * abandon));
      logs = ensure(logs, size);
      logs[size++] = current;
      max = Math.max(max, current);
      if (current - max < Math.log(NEGLIGIBLE) && current < logs[size - 2]) {
        break;
      }
    }
    double[] p = new double[size];
    double sum = 0;
    for (int i = 0; i < size; i++) {
      p[i] = Math.exp(logs[i] - max);
      sum += p[i];
    }
    for (int i = 0; i < size; i++) {
      p[i] /= sum;
    }
    return p;
  }

  /** Probability that an arriving caller has to wait. */
  public double probabilityOfWait() {
    double[] p = stateProbabilities();
    double wait = 0;
    for (int i = agents; i < p.length; i++) {
      wait += p[i];
    }
    return wait;
  }

  /** Share of callers who hang up before being answered. */
  public double abandonProbability() {
    if (arrivalRate == 0) {
      return 0;
    }
    double[] p = stateProbabilities();
    double queue = 0;
    for (int i = agents + 1; i < p.length; i++) {
      queue += (i - agents) * p[i];
    }
    return queue / patience / arrivalRate;
  }

  /** Mean number of callers waiting. */
  public double averageQueueLength() {
    double[] p = stateProbabilities();
    double queue = 0;
    for (int i = agents + 1; i < p.length; i++) {
      queue += (i - agents) * p[i];
    }
    return queue;
  }

  /**
   * Service level at {@code acceptableWait}: callers answered within it over callers not lost
   * before it (those who hang up within the acceptable wait are left out, as usual in call
   * centres). Each waiting position is followed forward with Runge-Kutta on the backward equations
   * of the caller's own fate: served, or gone.
   */
  public double serviceLevel(double acceptableWait) {
    if (!(acceptableWait >= 0)) {
      throw new IllegalArgumentException("acceptable wait must be >= 0");
    }
    double[] p = stateProbabilities();
    int positions = Math.max(0, p.length - agents);
    double immediate = 0;
    for (int i = 0; i < Math.min(agents, p.length); i++) {
      immediate += p[i];
    }
    if (positions == 0 || acceptableWait == 0) {
      return immediate;
    }
    double serve = agents / handleTime;
    double abandon = 1.0 / patience;
    double[] rate = new double[positions];
    for (int j = 0; j < positions; j++) {
      rate[j] = serve + j * abandon;
    }
    double fastest = rate[positions - 1] + abandon;
    int steps = (int) Math.ceil(acceptableWait * fastest / 0.5) + 1;
    double h = acceptableWait / steps;
    double[] served = new double[positions];
    double[] gone = new double[positions];
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
    double answeredInTime = immediate;
    double goneInTime = 0;
    for (int j = 0; j < positions; j++) {
      answeredInTime += p[agents + j] * served[j];
      goneInTime += p[agents + j] * gone[j];
    }
    return answeredInTime / (1.0 - goneInTime);
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

  /**
   * Fewest agents for which Erlang A reaches the service-level {@code target} at {@code
   * acceptableWait}, starting the search near the offered load.
   */
  public static int agentsForServiceLevel(
      double arrivalRate,
      double handleTime,
      double patience,
      double acceptableWait,
      double target) {
    if (arrivalRate <= 0) {
      return 0;
    }
    int n = Math.max(1, (int) Math.floor(arrivalRate * handleTime * 0.9));
    while (new ErlangA(n, arrivalRate, handleTime, patience).serviceLevel(acceptableWait)
        >= target) {
      if (n == 1) {
        return 1;
      }
      n = Math.max(1, n - Math.max(1, n / 20));
    }
    while (new ErlangA(n, arrivalRate, handleTime, patience).serviceLevel(acceptableWait)
        < target) {
      n++;
    }
    return n;
  }

  private static double[] ensure(double[] array, int size) {
    if (size < array.length) {
      return array;
    }
    return java.util.Arrays.copyOf(array, array.length * 2);
  }
}

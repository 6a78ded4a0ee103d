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
   * centres), from the {@link WaitingCaller} fate of each waiting position.
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
    WaitingCaller.Fate fate =
        WaitingCaller.within(positions, agents / handleTime, patience, acceptableWait);
    double answeredInTime = immediate;
    double goneInTime = 0;
    for (int j = 0; j < positions; j++) {
      answeredInTime += p[agents + j] * fate.answered()[j];
      goneInTime += p[agents + j] * fate.gone()[j];
    }
    return answeredInTime / (1.0 - goneInTime);
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

package org.blenddialer.core.erlang;

/**
 * The inbound side of a blended centre: callers are answered at once by one of {@code reserve} idle
 * agents held for them, and once those are used up they wait for the next agent of the whole centre
 * to come free (waiting callers come before outbound work), hanging up at rate {@code 1 /
 * patience}. Held agents used up are replaced as agents come free, up to the reserve. The state
 * (idle held agents minus waiting callers) is a birth-death chain; a waiting caller's fate is the
 * Erlang A one with the centre's freeing rate in place of {@code N / handle time}.
 *
 * @param arrivalRate callers per second
 * @param freeingRate agents coming free per second across the centre
 * @param patience mean caller patience, seconds (infinite allowed)
 * @param reserve idle agents held for inbound
 */
public record PooledReserve(double arrivalRate, double freeingRate, double patience, int reserve) {

  private static final double NEGLIGIBLE = 1e-13;
  private static final int MOST_WAITING = 100_000;

  public PooledReserve {
    if (!(arrivalRate >= 0) || !(freeingRate > 0) || !(patience > 0) || reserve < 0) {
      throw new IllegalArgumentException("invalid pooled reserve settings");
    }
  }

  /**
   * Service level at {@code acceptableWait} (answered within it over callers not lost before it); 0
   * when callers can never hang up and arrive faster than agents come free.
   */
  public double serviceLevel(double acceptableWait) {
    if (arrivalRate == 0) {
      return 1.0;
    }
    double abandon = Double.isInfinite(patience) ? 0.0 : 1.0 / patience;
    if (abandon == 0 && arrivalRate >= freeingRate) {
      return 0.0;
    }
    // weights of states x = reserve, reserve-1, ..., 1 (idle held) then 0, -1, ... (waiting)
    double[] idle = new double[reserve];
    double weight = 1.0;
    double total = 0;
    for (int i = 0; i < reserve; i++) {
      idle[i] = weight;
      total += weight;
      weight *= arrivalRate / freeingRate;
    }
    double[] waiting = new double[64];
    int positions = 0;
    double largest = weight;
    while (positions < MOST_WAITING) {
      if (positions == waiting.length) {
        waiting = java.util.Arrays.copyOf(waiting, positions * 2);
      }
      waiting[positions++] = weight;
      total += weight;
      largest = Math.max(largest, weight);
      double next = weight * arrivalRate / (freeingRate + positions * abandon);
      if (next < weight && next < NEGLIGIBLE * largest) {
        break;
      }
      weight = next;
    }
    double immediate = 0;
    for (double w : idle) {
      immediate += w / total;
    }
    WaitingCaller.Fate fate =
        WaitingCaller.within(positions, freeingRate, patience, acceptableWait);
    double answered = immediate;
    double gone = 0;
    for (int j = 0; j < positions; j++) {
      answered += waiting[j] / total * fate.answered()[j];
      gone += waiting[j] / total * fate.gone()[j];
    }
    return answered / (1.0 - gone);
  }
}

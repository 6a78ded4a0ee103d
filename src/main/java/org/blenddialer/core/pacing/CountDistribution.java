package org.blenddialer.core.pacing;

/**
 * The exact distribution of a whole-number count built as a constant plus and minus independent
 * yes/no events, each adding or taking away one with its own probability (a Poisson-binomial
 * difference). It is kept as a table of probabilities over a range of values; the ends of the table
 * below {@value #NEGLIGIBLE} are dropped as they appear, so the table stays as wide as the count's
 * real spread.
 *
 * <p>The predictive pacer balances live answers against agents with it. A normal curve fitted to
 * that balance gets its far tail wrong (a sum of a few dozen unlikely events is skewed), and near a
 * small abandon target the far tail is all that matters.
 *
 * <p>Mutable, to be reused from one decision to the next without allocating.
 */
final class CountDistribution {

  static final double NEGLIGIBLE = 1e-15;

  private double[] mass = new double[64];

  /** Where the table starts in {@code mass}: its low end is dropped without moving the rest. */
  private int start;

  /** The value whose probability is {@code mass[start]}. */
  private int lowest;

  private int size;

  /** Becomes the constant {@code value}. */
  void reset(int value) {
    start = 0;
    mass[0] = 1;
    size = 1;
    lowest = value;
  }

  /** Becomes a copy of {@code other}. */
  void copyFrom(CountDistribution other) {
    if (mass.length < other.size + 1) {
      mass = new double[2 * other.size + 1];
    }
    start = 0;
    System.arraycopy(other.mass, other.start, mass, 0, other.size);
    size = other.size;
    lowest = other.lowest;
  }

  /** Adds one with probability {@code q}. */
  void addBernoulli(double q) {
    if (q <= 0) {
      return;
    }
    if (q >= 1) {
      lowest++;
      return;
    }
    makeRoom();
    double[] m = mass;
    double below = 0;
    for (int k = start, end = start + size; k < end; k++) {
      double here = m[k];
      m[k] = here + q * (below - here);
      below = here;
    }
    m[start + size] = below * q;
    size++;
    trim();
  }

  /** Takes away one with probability {@code q}: one less for sure, plus one unless it happens. */
  void subtractBernoulli(double q) {
    lowest--;
    addBernoulli(1 - q);
  }

  /** E[max(0, X)]. */
  double expectedExcess() {
    double sum = 0;
    for (int k = size - 1; k >= 0; k--) {
      int value = lowest + k;
      if (value <= 0) {
        break;
      }
      sum += value * mass[start + k];
    }
    return sum;
  }

  /** E[X]. */
  double mean() {
    double sum = 0;
    for (int k = 0; k < size; k++) {
      sum += (lowest + k) * mass[start + k];
    }
    return sum;
  }

  /** P(X = value). */
  double probability(int value) {
    int k = value - lowest;
    return k < 0 || k >= size ? 0 : mass[start + k];
  }

  private void trim() {
    while (size > 1 && mass[start] < NEGLIGIBLE) {
      start++;
      lowest++;
      size--;
    }
    while (size > 1 && mass[start + size - 1] < NEGLIGIBLE) {
      size--;
    }
  }

  /** Makes sure the table can grow by one at its top. */
  private void makeRoom() {
    if (start + size < mass.length) {
      return;
    }
    if (2 * size < mass.length) {
      System.arraycopy(mass, start, mass, 0, size);
    } else {
      double[] bigger = new double[2 * mass.length];
      System.arraycopy(mass, start, bigger, 0, size);
      mass = bigger;
    }
    start = 0;
  }
}

package org.blenddialer.sim.result;

/**
 * A mean over replicated days with the half-width of its 95% confidence interval (Student t).
 *
 * @param mean mean over days
 * @param halfWidth half-width of the 95% confidence interval; NaN with one day
 */
public record Estimate(double mean, double halfWidth) {

  /** Mean and confidence interval of the given daily values. */
  public static Estimate of(double[] values) {
    int n = values.length;
    if (n == 0) {
      return new Estimate(Double.NaN, Double.NaN);
    }
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    double mean = sum / n;
    if (n == 1) {
      return new Estimate(mean, Double.NaN);
    }
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(squares / (n - 1));
    return new Estimate(mean, studentT975(n - 1) * sd / Math.sqrt(n));
  }

  /** Lower end of the interval. */
  public double low() {
    return mean - halfWidth;
  }

  /** Upper end of the interval. */
  public double high() {
    return mean + halfWidth;
  }

  /** True when the value lies within the interval. */
  public boolean covers(double value) {
    return value >= low() && value <= high();
  }

  private static final double[] T975 = {
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
    2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
    2.052, 2.048, 2.045, 2.042
  };

  static double studentT975(int degreesOfFreedom) {
    if (degreesOfFreedom <= T975.length) {
      return T975[degreesOfFreedom - 1];
    }
    // Cornish-Fisher style correction, within 0.001 of the table beyond 30
    return 1.95996 + 2.37 / degreesOfFreedom + 2.8 / ((double) degreesOfFreedom * degreesOfFreedom);
  }
}

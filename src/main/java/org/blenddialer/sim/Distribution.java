package org.blenddialer.sim;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/** A distribution of durations (or other non-negative quantities) a scenario draws from. */
public sealed interface Distribution {

  /** One draw from the given stream. */
  double sample(RandomGenerator random);

  /** Mean of the distribution. */
  double mean();

  /** Always the same value. */
  record Constant(double value) implements Distribution {
    public Constant {
      requireFinite(value >= 0, "constant must be >= 0");
    }

    @Override
    public double sample(RandomGenerator random) {
      return value;
    }

    @Override
    public double mean() {
      return value;
    }
  }

  /** Exponential with the given mean. */
  record Exponential(double mean) implements Distribution {
    public Exponential {
      requireFinite(mean > 0, "exponential mean must be > 0");
    }

    @Override
    public double sample(RandomGenerator random) {
      return -mean * Math.log(1.0 - random.nextDouble());
    }
  }

  /** Gamma with shape k and scale θ (mean kθ), drawn by Marsaglia and Tsang's method. */
  record Gamma(double shape, double scale) implements Distribution {
    public Gamma {
      requireFinite(shape > 0 && scale > 0, "gamma shape and scale must be > 0");
    }

    @Override
    public double sample(RandomGenerator random) {
      if (shape < 1) {
        double u = random.nextDouble();
        return new Gamma(shape + 1, scale).sample(random) * Math.pow(u, 1.0 / shape);
      }
      double d = shape - 1.0 / 3.0;
      double c = 1.0 / Math.sqrt(9.0 * d);
      while (true) {
        double x = random.nextGaussian();
        double v = 1.0 + c * x;
        if (v <= 0) {
          continue;
        }
        v = v * v * v;
        double u = random.nextDouble();
        if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
          return d * v * scale;
        }
      }
    }

    @Override
    public double mean() {
      return shape * scale;
    }
  }

  /** Lognormal given by its own mean and coefficient of variation. */
  record Lognormal(double mean, double cv) implements Distribution {
    public Lognormal {
      requireFinite(mean > 0 && cv > 0, "lognormal mean and cv must be > 0");
    }

    @Override
    public double sample(RandomGenerator random) {
      double sigma2 = Math.log(1 + cv * cv);
      double mu = Math.log(mean) - sigma2 / 2;
      return Math.exp(mu + Math.sqrt(sigma2) * random.nextGaussian());
    }
  }

  /** Uniform between min and max. */
  record Uniform(double min, double max) implements Distribution {
    public Uniform {
      requireFinite(min >= 0 && max >= min, "uniform needs 0 <= min <= max");
    }

    @Override
    public double sample(RandomGenerator random) {
      return min + (max - min) * random.nextDouble();
    }

    @Override
    public double mean() {
      return (min + max) / 2;
    }
  }

  /** One of the observed values, each equally likely. */
  record Empirical(double[] values) implements Distribution {
    public Empirical {
      if (values == null || values.length == 0) {
        throw new IllegalArgumentException("empirical distribution needs values");
      }
      values = values.clone();
      for (double v : values) {
        requireFinite(v >= 0, "empirical values must be >= 0");
      }
    }

    @Override
    public double sample(RandomGenerator random) {
      return values[random.nextInt(values.length)];
    }

    @Override
    public double mean() {
      return Arrays.stream(values).average().orElse(0);
    }

    @Override
    public double[] values() {
      return values.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Empirical e && Arrays.equals(values, e.values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
      return "Empirical" + Arrays.toString(values);
    }
  }

  private static void requireFinite(boolean valid, String message) {
    if (!valid) {
      throw new IllegalArgumentException(message);
    }
  }
}

package org.blenddialer.core.compliance;

import java.util.Objects;

/**
 * A compliance source's answer, or the reason it could not be read. A rule that needs an unreadable
 * source denies: the dialer does not dial on what it could not check.
 *
 * @param value the answer, null when unreadable
 * @param failure why the source could not be read, null when readable
 */
public record Fact<T>(T value, String failure) {

  public Fact {
    if ((value == null) == (failure == null)) {
      throw new IllegalArgumentException("a fact has either a value or a failure");
    }
  }

  /** A source's answer. */
  public static <T> Fact<T> of(T value) {
    return new Fact<>(Objects.requireNonNull(value, "value"), null);
  }

  /** A source that could not be read. */
  public static <T> Fact<T> unreadable(String why) {
    return new Fact<>(null, Objects.requireNonNull(why, "why"));
  }

  /** True when the source answered. */
  public boolean readable() {
    return failure == null;
  }
}

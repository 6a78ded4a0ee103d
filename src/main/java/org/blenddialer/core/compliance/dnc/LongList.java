package org.blenddialer.core.compliance.dnc;

import java.util.Arrays;

/** A growable array of longs, for collecting numbers without boxing them. */
public final class LongList {

  private long[] values = new long[16];
  private int size;

  /** Appends one value. */
  public void add(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, values.length + (values.length >> 1));
    }
    values[size++] = value;
  }

  /** How many values were added. */
  public int size() {
    return size;
  }

  /** The values as an array of exactly {@link #size()} elements. */
  public long[] toArray() {
    return Arrays.copyOf(values, size);
  }

  /** The backing array, valid up to {@link #size()}; handed to {@link DncIndex#of(long[], int)}. */
  public long[] backingArray() {
    return values;
  }
}

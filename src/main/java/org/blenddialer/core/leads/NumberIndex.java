package org.blenddialer.core.leads;

/**
 * Phone numbers (E.164 digits as a long) and, for each, the line it was first seen on: the dedupe
 * memory of an import. Open addressing over two primitive arrays, so a million numbers take about
 * 32 MB instead of the hundreds a map of strings would.
 */
public final class NumberIndex {

  private static final long EMPTY = 0L;
  private long[] keys;
  private long[] lines;
  private int size;

  /** An index sized for about {@code expected} numbers (it grows as needed). */
  public NumberIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    lines = new long[capacity];
  }

  /** The digits of an E.164 number ({@code +4512345678} becomes 4512345678). */
  public static long key(String e164) {
    if (e164 == null || e164.length() < 2 || e164.length() > 16 || e164.charAt(0) != '+') {
      throw new IllegalArgumentException("not an E.164 number: " + e164);
    }
    return Long.parseLong(e164, 1, e164.length(), 10);
  }

  /** Remembers the number on a line; returns the line it was already on, or -1 if new. */
  public long putIfAbsent(long number, long line) {
    int slot = find(number);
    if (keys[slot] == number) {
      return lines[slot];
    }
    keys[slot] = number;
    lines[slot] = line;
    if (++size * 2 > keys.length) {
      grow();
    }
    return -1;
  }

  /** Replaces the line of a number already present, or adds it. */
  public void put(long number, long line) {
    int slot = find(number);
    if (keys[slot] != number) {
      keys[slot] = number;
      if (++size * 2 > keys.length) {
        lines[slot] = line;
        grow();
        return;
      }
    }
    lines[slot] = line;
  }

  /** Whether the number is present. */
  public boolean contains(long number) {
    return keys[find(number)] == number;
  }

  /** How many numbers it holds. */
  public int size() {
    return size;
  }

  private int find(long number) {
    if (number == EMPTY) {
      throw new IllegalArgumentException("0 is not a phone number");
    }
    int mask = keys.length - 1;
    int slot = (int) (mix(number) & mask);
    while (keys[slot] != EMPTY && keys[slot] != number) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldLines = lines;
    keys = new long[oldKeys.length * 2];
    lines = new long[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = find(oldKeys[i]);
        keys[slot] = oldKeys[i];
        lines[slot] = oldLines[i];
      }
    }
  }

  private static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    return x;
  }
}

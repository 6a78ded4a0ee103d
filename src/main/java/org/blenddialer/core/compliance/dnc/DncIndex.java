package org.blenddialer.core.compliance.dnc;

import java.util.Arrays;

/**
 * A compact, immutable set of phone numbers (E.164 digits as longs) for dial-time DNC lookups.
 *
 * <p>Numbers are sorted and split into segments of nearby numbers (a large gap, e.g. between
 * countries, starts a new segment). Each segment is cut into fixed-width buckets sized to hold
 * about {@value #TARGET_PER_BUCKET} numbers; a bucket stores its numbers as variable-length deltas
 * (7 bits a byte), and a directory of int offsets finds a bucket in one step. A lookup is one
 * binary search over the few segments, one directory read and a short scan: about 1.5 bytes per
 * number for a national registry (measured: see docs/compliance.md).
 */
public final class DncIndex {

  /** Numbers per bucket the layout aims at: more saves directory space, fewer speeds the scan. */
  static final int TARGET_PER_BUCKET = 12;

  /** A gap this large between consecutive numbers starts a new segment. */
  static final long SEGMENT_GAP = 1L << 28;

  private static final DncIndex EMPTY =
      new DncIndex(new long[0], new long[0], new int[0], new int[0], new int[] {0}, new byte[0], 0);

  private final long[] segmentFirst;
  private final long[] segmentLast;
  private final int[] segmentShift;
  private final int[] segmentDirectory;
  private final int[] directory;
  private final byte[] data;
  private final long size;

  private DncIndex(
      long[] segmentFirst,
      long[] segmentLast,
      int[] segmentShift,
      int[] segmentDirectory,
      int[] directory,
      byte[] data,
      long size) {
    this.segmentFirst = segmentFirst;
    this.segmentLast = segmentLast;
    this.segmentShift = segmentShift;
    this.segmentDirectory = segmentDirectory;
    this.directory = directory;
    this.data = data;
    this.size = size;
  }

  /** An index holding no number. */
  public static DncIndex empty() {
    return EMPTY;
  }

  /**
   * An index of these numbers (E.164 digits, e.g. 13055550123). Sorts the array in place to avoid a
   * second copy of a large registry; duplicates are kept once.
   */
  public static DncIndex of(long[] numbers) {
    return of(numbers, numbers.length);
  }

  /** An index of the first {@code count} numbers of the array (sorted in place). */
  public static DncIndex of(long[] numbers, int count) {
    Arrays.sort(numbers, 0, count);
    int n = dedupe(numbers, count);
    if (n == 0) {
      return EMPTY;
    }
    if (numbers[0] <= 0) {
      throw new IllegalArgumentException("phone numbers are positive: " + numbers[0]);
    }
    return new Encoder(numbers, n).encode();
  }

  private static int dedupe(long[] sorted, int count) {
    if (count == 0) {
      return 0;
    }
    int w = 1;
    for (int r = 1; r < count; r++) {
      if (sorted[r] != sorted[w - 1]) {
        sorted[w++] = sorted[r];
      }
    }
    return w;
  }

  /** True when the number (E.164 digits) is in the index. */
  public boolean contains(long number) {
    int s = segmentOf(number);
    if (s < 0 || number > segmentLast[s]) {
      return false;
    }
    int shift = segmentShift[s];
    long offset = number - segmentFirst[s];
    int bucket = (int) (offset >>> shift);
    int d = segmentDirectory[s] + bucket;
    int pos = directory[d];
    int end = directory[d + 1];
    long current = segmentFirst[s] + ((long) bucket << shift);
    while (pos < end) {
      long delta = 0;
      int bits = 0;
      byte b;
      do {
        b = data[pos++];
        delta |= (long) (b & 0x7F) << bits;
        bits += 7;
      } while (b < 0);
      current += delta;
      if (current >= number) {
        return current == number;
      }
    }
    return false;
  }

  /** True when the E.164 number (with or without the leading +) is in the index. */
  public boolean contains(String e164) {
    String digits = e164.startsWith("+") ? e164.substring(1) : e164;
    if (digits.isEmpty() || digits.length() > 18) {
      return false;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return false;
      }
    }
    return contains(Long.parseLong(digits));
  }

  private int segmentOf(long number) {
    int lo = 0;
    int hi = segmentFirst.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (segmentFirst[mid] <= number) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** How many distinct numbers the index holds. */
  public long size() {
    return size;
  }

  /** Bytes the index's arrays take (the heap cost of the index, less a few object headers). */
  public long bytesUsed() {
    return data.length + 4L * directory.length + (8L + 8L + 4L + 4L) * segmentFirst.length;
  }

  /** Writes the sorted numbers out into segments, buckets and deltas. */
  private static final class Encoder {
    private final long[] sorted;
    private final int n;
    private final LongList segFirst = new LongList();
    private final LongList segLast = new LongList();
    private final IntList segShift = new IntList();
    private final IntList segDir = new IntList();
    private final IntList dir = new IntList();
    private byte[] out;
    private int outLength;

    Encoder(long[] sorted, int n) {
      this.sorted = sorted;
      this.n = n;
      this.out = new byte[Math.max(16, (int) Math.min(Integer.MAX_VALUE - 16, n * 2L))];
    }

    DncIndex encode() {
      int start = 0;
      for (int i = 1; i <= n; i++) {
        if (i == n || sorted[i] - sorted[i - 1] > SEGMENT_GAP) {
          segment(start, i);
          start = i;
        }
      }
      dir.add(outLength);
      return new DncIndex(
          segFirst.toArray(),
          segLast.toArray(),
          segShift.toArray(),
          segDir.toArray(),
          dir.toArray(),
          Arrays.copyOf(out, outLength),
          n);
    }

    private void segment(int from, int to) {
      long first = sorted[from];
      long last = sorted[to - 1];
      long span = last - first + 1;
      int count = to - from;
      int shift = 0;
      while (shift < 62 && (span >>> shift) > Math.max(1, count / TARGET_PER_BUCKET)) {
        shift++;
      }
      long buckets = (span >>> shift) + 1;
      segFirst.add(first);
      segLast.add(last);
      segShift.add(shift);
      segDir.add(dir.size());
      int i = from;
      for (long b = 0; b < buckets; b++) {
        dir.add(outLength);
        long previous = first + (b << shift);
        long bucketEnd = b == buckets - 1 ? Long.MAX_VALUE : first + ((b + 1) << shift);
        while (i < to && sorted[i] < bucketEnd) {
          writeVarLong(sorted[i] - previous);
          previous = sorted[i];
          i++;
        }
      }
    }

    private void writeVarLong(long value) {
      if (outLength + 10 > out.length) {
        long grown = Math.min(Integer.MAX_VALUE - 16L, out.length + (long) out.length / 2 + 16);
        if (grown <= out.length) {
          throw new IllegalStateException("DNC index too large for one array");
        }
        out = Arrays.copyOf(out, (int) grown);
      }
      while ((value & ~0x7FL) != 0) {
        out[outLength++] = (byte) ((value & 0x7F) | 0x80);
        value >>>= 7;
      }
      out[outLength++] = (byte) value;
    }
  }
}

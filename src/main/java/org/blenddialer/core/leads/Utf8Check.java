package org.blenddialer.core.leads;

/**
 * Checks, chunk by chunk, whether a byte stream is well-formed UTF-8. A file that is not is read as
 * Windows-1252, so the whole file can be checked before its first row is read.
 */
public final class Utf8Check {

  private int pending;
  private int min;
  private int codePoint;
  private boolean valid = true;
  private boolean sawNonAscii;

  /** Feeds the next chunk of the stream. */
  public void feed(byte[] bytes, int from, int to) {
    for (int i = from; i < to && valid; i++) {
      int b = bytes[i] & 0xFF;
      if (pending == 0) {
        if (b < 0x80) {
          continue;
        }
        sawNonAscii = true;
        if (b >= 0xC2 && b <= 0xDF) {
          start(1, 0x80, b & 0x1F);
        } else if (b >= 0xE0 && b <= 0xEF) {
          start(2, 0x800, b & 0x0F);
        } else if (b >= 0xF0 && b <= 0xF4) {
          start(3, 0x10000, b & 0x07);
        } else {
          valid = false;
        }
      } else if ((b & 0xC0) == 0x80) {
        codePoint = (codePoint << 6) | (b & 0x3F);
        if (--pending == 0
            && (codePoint < min
                || codePoint > 0x10FFFF
                || (codePoint >= 0xD800 && codePoint <= 0xDFFF))) {
          valid = false;
        }
      } else {
        valid = false;
      }
    }
  }

  private void start(int continuation, int minimum, int bits) {
    pending = continuation;
    min = minimum;
    codePoint = bits;
  }

  /** True while nothing fed so far breaks UTF-8 (a sequence cut at the chunk's end is fine). */
  public boolean validSoFar() {
    return valid;
  }

  /** True when the whole stream, now at its end, is well-formed UTF-8. */
  public boolean validAtEnd() {
    return valid && pending == 0;
  }

  /** True when some byte above 0x7F was seen (pure ASCII reads the same in every encoding). */
  public boolean sawNonAscii() {
    return sawNonAscii;
  }
}

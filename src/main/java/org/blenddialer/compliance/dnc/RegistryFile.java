package org.blenddialer.compliance.dnc;

import java.io.IOException;
import java.io.InputStream;
import org.blenddialer.core.compliance.dnc.LongList;

/**
 * Reads a registry or list file: one number a line, either E.164 ({@code +4420...}) or national
 * digits to which the registry's country calling code is prefixed. Blank lines and lines starting
 * with {@code #} are skipped; spaces, dashes, dots and parentheses inside a number are ignored.
 * Parsing works on raw bytes because national registries run to hundreds of millions of lines.
 */
public final class RegistryFile {

  private RegistryFile() {}

  /** The result of reading a file: the numbers and the lines that were not numbers. */
  public record Contents(LongList numbers, long rejectedLines, long firstRejectedLine) {}

  /** Reads every number of the stream; {@code callingCode} is e.g. {@code "1"} for the US. */
  public static Contents read(InputStream in, String callingCode) throws IOException {
    long prefix = Long.parseLong(callingCode);
    int codeDigits = callingCode.length();
    LongList numbers = new LongList();
    byte[] buffer = new byte[1 << 16];
    long value = 0;
    int digits = 0;
    boolean plus = false;
    boolean bad = false;
    boolean comment = false;
    boolean lineStarted = false;
    long line = 1;
    long rejected = 0;
    long firstRejected = 0;
    int read;
    while ((read = in.read(buffer)) > 0) {
      for (int i = 0; i < read; i++) {
        byte b = buffer[i];
        if (b == '\n') {
          if (lineStarted && !comment) {
            long number = finish(value, digits, plus, bad, prefix, codeDigits);
            if (number > 0) {
              numbers.add(number);
            } else {
              rejected++;
              firstRejected = firstRejected == 0 ? line : firstRejected;
            }
          }
          value = 0;
          digits = 0;
          plus = false;
          bad = false;
          comment = false;
          lineStarted = false;
          line++;
        } else if (comment || b == '\r' || b == ' ' || b == '\t') {
          continue;
        } else if (!lineStarted && b == '#') {
          comment = true;
          lineStarted = true;
        } else if (b >= '0' && b <= '9') {
          lineStarted = true;
          value = value * 10 + (b - '0');
          digits++;
        } else if (b == '+' && !lineStarted) {
          plus = true;
          lineStarted = true;
        } else if (b == '-' || b == '.' || b == '(' || b == ')') {
          lineStarted = true;
        } else {
          lineStarted = true;
          bad = true;
        }
      }
    }
    if (lineStarted && !comment) {
      long number = finish(value, digits, plus, bad, prefix, codeDigits);
      if (number > 0) {
        numbers.add(number);
      } else {
        rejected++;
        firstRejected = firstRejected == 0 ? line : firstRejected;
      }
    }
    return new Contents(numbers, rejected, firstRejected);
  }

  private static long finish(
      long value, int digits, boolean plus, boolean bad, long prefix, int codeDigits) {
    if (bad || digits < 4) {
      return -1;
    }
    if (plus) {
      return digits <= 15 ? value : -1;
    }
    if (digits + codeDigits > 15) {
      return -1;
    }
    long scale = 1;
    for (int i = 0; i < digits; i++) {
      scale *= 10;
    }
    return prefix * scale + value;
  }
}

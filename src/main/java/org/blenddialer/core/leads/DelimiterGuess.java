package org.blenddialer.core.leads;

/**
 * Guesses the field delimiter of a delimited text file from its first lines: the candidate (comma,
 * semicolon, tab) that appears, outside quotes, the same non-zero number of times on most lines.
 * Semicolons come from Nordic and German Excel, tabs from Excel's "Unicode text".
 */
public final class DelimiterGuess {

  private static final char[] CANDIDATES = {',', ';', '\t'};
  private static final int MAX_LINES = 50;

  private DelimiterGuess() {}

  /** The delimiter of the text whose beginning is {@code sample}; comma when nothing says else. */
  public static char of(String sample) {
    int[][] counts = new int[CANDIDATES.length][MAX_LINES];
    int lines = countPerLine(sample, counts);
    char best = ',';
    long bestScore = 0;
    for (int c = 0; c < CANDIDATES.length; c++) {
      long score = score(counts[c], lines);
      if (score > bestScore) {
        bestScore = score;
        best = CANDIDATES[c];
      }
    }
    return best;
  }

  /** Counts each candidate per logical line (quoted line breaks do not end a line). */
  private static int countPerLine(String sample, int[][] counts) {
    int line = 0;
    boolean quoted = false;
    boolean lineHasContent = false;
    for (int i = 0; i < sample.length() && line < MAX_LINES; i++) {
      char ch = sample.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted && (ch == '\n' || ch == '\r')) {
        if (lineHasContent) {
          line++;
        }
        lineHasContent = false;
        continue;
      } else if (!quoted) {
        for (int c = 0; c < CANDIDATES.length; c++) {
          if (ch == CANDIDATES[c]) {
            counts[c][line]++;
          }
        }
      }
      lineHasContent = true;
    }
    // The last line of the sample may be cut short: count it only if it is the only one.
    return line == 0 && lineHasContent ? 1 : line;
  }

  /** Lines whose count equals the most common non-zero count, weighted by that count. */
  private static long score(int[] perLine, int lines) {
    int mode = 0;
    int modeFrequency = 0;
    for (int i = 0; i < lines; i++) {
      int value = perLine[i];
      if (value == 0) {
        continue;
      }
      int frequency = 0;
      for (int j = 0; j < lines; j++) {
        if (perLine[j] == value) {
          frequency++;
        }
      }
      if (frequency > modeFrequency || (frequency == modeFrequency && value > mode)) {
        mode = value;
        modeFrequency = frequency;
      }
    }
    return mode == 0 ? 0 : (long) modeFrequency * 1000 + mode;
  }
}

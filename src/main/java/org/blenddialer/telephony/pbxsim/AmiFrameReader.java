package org.blenddialer.telephony.pbxsim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads AMI frames (header lines up to a blank line) from a client, with Asterisk's own limits so
 * that a client sending garbage or endless lines cannot exhaust memory.
 */
public final class AmiFrameReader {

  /** Asterisk's manager input buffer is 1025 bytes: longer lines are dropped whole. */
  static final int MAX_LINE = 1024;

  /** AST_MAX_MANHEADERS: headers past this count are ignored. */
  static final int MAX_HEADERS = 128;

  private final InputStream in;
  private final byte[] line = new byte[MAX_LINE];

  public AmiFrameReader(InputStream in) {
    this.in = in;
  }

  /** The next frame, or null at end of stream (a frame cut off mid-way is discarded). */
  public AmiMessage next() throws IOException {
    AmiMessage message = new AmiMessage();
    int headers = 0;
    while (true) {
      String text = readLine();
      if (text == null) {
        return null;
      }
      if (text.isEmpty()) {
        if (headers > 0) {
          return message;
        }
        continue;
      }
      if (headers >= MAX_HEADERS) {
        continue;
      }
      int colon = text.indexOf(':');
      if (colon <= 0) {
        // Asterisk keeps such a line as a header nobody asks for: it is simply ignored.
        headers++;
        continue;
      }
      String value = text.substring(colon + 1);
      if (value.startsWith(" ")) {
        value = value.substring(1);
      }
      message.add(text.substring(0, colon).trim(), value);
      headers++;
    }
  }

  private String readLine() throws IOException {
    int length = 0;
    boolean overflow = false;
    while (true) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      if (b == '\n') {
        if (overflow) {
          length = 0;
          overflow = false;
          continue;
        }
        if (length > 0 && line[length - 1] == '\r') {
          length--;
        }
        return new String(line, 0, length, StandardCharsets.UTF_8);
      }
      if (length == MAX_LINE) {
        overflow = true;
        continue;
      }
      if (!overflow) {
        line[length++] = (byte) b;
      }
    }
  }
}

package org.blenddialer.telephony.pbxsim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference AMI capture: blocks of {@code ### <<< RECV t=..s n=N bytes} (bytes Asterisk sent) and
 * {@code ### >>> SENT} (bytes the client sent), parsed into messages with, for each received
 * message, the number of client requests sent before it.
 */
final class AmiCapture {

  /** A message and how many requests preceded it. */
  record Message(AmiMessage message, int afterRequests, String raw) {}

  private static final Pattern HEADER =
      Pattern.compile("### (<<< RECV|>>> SENT) t=[0-9.]+s n=(\\d+) bytes\n");

  final String banner;
  final List<AmiMessage> requests = new ArrayList<>();
  final List<Message> received = new ArrayList<>();

  AmiCapture(Path file) throws IOException {
    byte[] data = Files.readAllBytes(file);
    String text = new String(data, StandardCharsets.ISO_8859_1);
    int pos = 0;
    StringBuilder recv = new StringBuilder();
    List<Integer> recvMarks = new ArrayList<>();
    String firstLine = null;
    while (pos < text.length()) {
      Matcher m = HEADER.matcher(text);
      if (!m.find(pos) || m.start() != pos) {
        throw new IllegalStateException("unexpected capture text at " + pos);
      }
      int n = Integer.parseInt(m.group(2));
      String bytes = text.substring(m.end(), m.end() + n);
      if (m.group(1).startsWith("<<<")) {
        if (firstLine == null) {
          firstLine = bytes.substring(0, bytes.indexOf("\r\n") + 2);
          bytes = bytes.substring(firstLine.length());
        }
        for (int i = 0; i < bytes.length(); i++) {
          recvMarks.add(requests.size());
        }
        recv.append(bytes);
      } else {
        requests.add(parse(bytes));
      }
      pos = m.end() + n;
    }
    banner = firstLine;
    int start = 0;
    String all = recv.toString();
    while (true) {
      int end = all.indexOf("\r\n\r\n", start);
      if (end < 0) {
        break;
      }
      String raw = all.substring(start, end + 4);
      received.add(new Message(parse(raw), recvMarks.get(start), raw));
      start = end + 4;
    }
  }

  static AmiMessage parse(String raw) {
    AmiMessage msg = new AmiMessage();
    for (String line : raw.split("\r\n")) {
      if (line.isEmpty()) {
        continue;
      }
      int colon = line.indexOf(':');
      String value = line.substring(colon + 1);
      msg.add(line.substring(0, colon), value.startsWith(" ") ? value.substring(1) : value);
    }
    return msg;
  }

  /** The message's kind: {@code Response: Success}, {@code Event: Hangup}... */
  static String kind(AmiMessage m) {
    AmiMessage.Field first = m.fields().get(0);
    return first.name().equals("Event")
        ? "Event: " + first.value()
        : first.name() + ": " + first.value();
  }

  /** The message's field names in order (its structure, without the values). */
  static List<String> shape(AmiMessage m) {
    List<String> names = new ArrayList<>();
    for (AmiMessage.Field f : m.fields()) {
      names.add(f.name());
    }
    return names;
  }
}

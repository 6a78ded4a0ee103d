package org.blenddialer.telephony.pbxsim;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A queue's announcement options as the simulator reads them from the generated queues.conf include
 * ({@code [queue](+)} sections of {@code key = value}); JDK only, as bin/pbxsim needs.
 */
record SimAnnouncements(
    String position, int positionLimit, String holdTime, int frequency, String sound, int every) {

  static final SimAnnouncements NONE = new SimAnnouncements("no", 0, "no", 0, null, 0);

  /** The sections of an include, by queue; lines it does not know are skipped. */
  static Map<String, SimAnnouncements> parse(String text) {
    Map<String, Map<String, String>> sections = new HashMap<>();
    Map<String, String> current = null;
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      int comment = line.indexOf(';');
      if (comment >= 0) {
        line = line.substring(0, comment).strip();
      }
      if (line.startsWith("[") && line.indexOf(']') > 0) {
        current = new HashMap<>();
        sections.put(line.substring(1, line.indexOf(']')), current);
      } else if (current != null && line.contains("=")) {
        int eq = line.indexOf('=');
        current.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
      }
    }
    Map<String, SimAnnouncements> out = new HashMap<>();
    sections.forEach(
        (queue, o) ->
            out.put(
                queue,
                new SimAnnouncements(
                    o.getOrDefault("announce-position", "no").toLowerCase(Locale.ROOT),
                    (int) Dialplan.number(o.get("announce-position-limit"), 0),
                    o.getOrDefault("announce-holdtime", "no").toLowerCase(Locale.ROOT),
                    (int) Dialplan.number(o.get("announce-frequency"), 0),
                    o.get("periodic-announce"),
                    (int) Dialplan.number(o.get("periodic-announce-frequency"), 0))));
    return out;
  }
}

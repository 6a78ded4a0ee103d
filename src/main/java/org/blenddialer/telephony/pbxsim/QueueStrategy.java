package org.blenddialer.telephony.pbxsim;

import java.util.Locale;

/** The app_queue ring strategies the simulator implements. */
enum QueueStrategy {
  RINGALL,
  LEASTRECENT,
  FEWESTCALLS,
  RRMEMORY,
  RANDOM;

  static boolean isKnown(String name) {
    if (name == null) {
      return false;
    }
    try {
      parse(name);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static QueueStrategy parse(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }

  String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

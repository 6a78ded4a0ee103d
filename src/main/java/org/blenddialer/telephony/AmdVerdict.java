package org.blenddialer.telephony;

import java.util.Locale;

/** The answering-machine detection's verdict (AMDSTATUS). */
public enum AmdVerdict {
  HUMAN,
  MACHINE,
  NOTSURE,
  HANGUP;

  public static AmdVerdict parse(String status) {
    try {
      return valueOf(status.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      return NOTSURE;
    }
  }
}

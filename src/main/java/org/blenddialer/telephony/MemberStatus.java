package org.blenddialer.telephony;

/** A queue member's device state as app_queue reports it (the numeric Status field). */
public enum MemberStatus {
  UNKNOWN,
  NOT_IN_USE,
  IN_USE,
  BUSY,
  INVALID,
  UNAVAILABLE,
  RINGING,
  RING_IN_USE,
  ON_HOLD;

  public static MemberStatus fromCode(Integer code) {
    if (code == null || code < 0 || code >= values().length) {
      return UNKNOWN;
    }
    return values()[code];
  }
}

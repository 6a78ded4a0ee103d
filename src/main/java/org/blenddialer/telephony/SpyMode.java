package org.blenddialer.telephony;

/** How a supervisor joins an agent's call (Asterisk's ChanSpy options). */
public enum SpyMode {
  /** Hears both sides; nobody hears the supervisor. */
  LISTEN("qE"),
  /** Hears both sides; only the agent hears the supervisor (coaching). */
  WHISPER("qwE"),
  /** Joins the call: both sides hear the supervisor. */
  BARGE("qBE");

  private final String chanSpyOptions;

  SpyMode(String chanSpyOptions) {
    this.chanSpyOptions = chanSpyOptions;
  }

  /** The ChanSpy option letters. */
  public String chanSpyOptions() {
    return chanSpyOptions;
  }
}

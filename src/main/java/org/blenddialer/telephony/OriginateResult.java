package org.blenddialer.telephony;

/** How a dial attempt ended at the network level (Asterisk's OriginateResponse reason). */
public enum OriginateResult {
  ANSWERED,
  BUSY,
  NO_ANSWER,
  CONGESTION,
  FAILED;

  /** Asterisk's reason codes: 4 answered, 5 busy, 3 no answer / timeout, 8 congestion. */
  public static OriginateResult fromReason(int reason) {
    return switch (reason) {
      case 4 -> ANSWERED;
      case 5 -> BUSY;
      case 3, 1 -> NO_ANSWER;
      case 8 -> CONGESTION;
      default -> FAILED;
    };
  }
}

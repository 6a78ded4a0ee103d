package org.blenddialer.sim;

/** The kinds of things that happen in a simulated call centre. */
enum EventKind {
  PERIOD_START,
  INBOUND_ARRIVAL,
  CALLER_HANGS_UP,
  TALK_ENDS,
  WRAP_UP_ENDS,
  DIAL_RESOLVED,
  DETECTION_DONE,
  ANSWER_GIVES_UP,
  PREVIEW_DONE,
  TICK,
  DAY_ENDS
}

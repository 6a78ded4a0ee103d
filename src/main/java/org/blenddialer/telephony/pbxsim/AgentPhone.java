package org.blenddialer.telephony.pbxsim;

/** An agent's phone as the simulator sees it: idle, ringing for a queue caller, or in a call. */
final class AgentPhone {

  enum State {
    IDLE,
    RINGING,
    IN_CALL
  }

  final String iface;
  State state = State.IDLE;

  /** A person answers this phone through the service instead of the simulated agent. */
  boolean manual;

  long lastCallEndMillis = Long.MIN_VALUE / 2;

  /** The queue call this phone rings for or talks on, if any. */
  QueueCall.Leg leg;

  /** For a call Dial()led straight to this phone (no queue): what answering / hanging up does. */
  Runnable answerDirect;

  Runnable hangUpDirect;

  AgentPhone(String iface) {
    this.iface = iface;
  }
}

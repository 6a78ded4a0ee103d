package org.blenddialer.telephony.pbxsim;

/** A member of one queue (a dynamic member added by QueueAdd), with app_queue's counters. */
final class SimMember {

  final String queue;
  final String iface;
  final String name;
  final String stateInterface;
  final AgentPhone phone;
  final long loginTime;
  int penalty;
  boolean paused;
  String pausedReason = "";
  int callsTaken;
  long lastCall;
  long lastPause;

  SimMember(
      String queue,
      String iface,
      String name,
      String stateInterface,
      AgentPhone phone,
      int penalty,
      long loginTime) {
    this.queue = queue;
    this.iface = iface;
    this.name = name;
    this.stateInterface = stateInterface;
    this.phone = phone;
    this.penalty = penalty;
    this.loginTime = loginTime;
  }

  /** The device state app_queue reports: 1 not in use, 2 in use, 6 ringing. */
  int status() {
    return switch (phone.state) {
      case IDLE -> 1;
      case RINGING -> 6;
      case IN_CALL -> 2;
    };
  }

  int inCall() {
    return phone.state == AgentPhone.State.IN_CALL ? 1 : 0;
  }

  /** The fields QueueMemberAdded / Removed / Status / Pause carry, in Asterisk's order. */
  AmiMessage event(String type, int wrapUp) {
    return AmiMessage.of("Event", type)
        .add("Privilege", "agent,all")
        .add("Queue", queue)
        .add("MemberName", name)
        .add("Interface", iface)
        .add("StateInterface", stateInterface)
        .add("Membership", "dynamic")
        .add("Penalty", penalty)
        .add("CallsTaken", callsTaken)
        .add("LastCall", lastCall)
        .add("LastPause", lastPause)
        .add("LoginTime", loginTime)
        .add("InCall", inCall())
        .add("Status", status())
        .add("Paused", paused ? 1 : 0)
        .add("PausedReason", pausedReason)
        .add("Ringinuse", 0)
        .add("Wrapuptime", wrapUp);
  }

  /** The QueueMember line of a QueueStatus list. */
  AmiMessage listEntry(String actionId, int wrapUp) {
    AmiMessage m =
        AmiMessage.of("Event", "QueueMember")
            .add("Queue", queue)
            .add("Name", name)
            .add("Location", iface)
            .add("StateInterface", stateInterface)
            .add("Membership", "dynamic")
            .add("Penalty", penalty)
            .add("CallsTaken", callsTaken)
            .add("LastCall", lastCall)
            .add("LastPause", lastPause)
            .add("LoginTime", loginTime)
            .add("InCall", inCall())
            .add("Status", status())
            .add("Paused", paused ? 1 : 0)
            .add("PausedReason", pausedReason)
            .add("Wrapuptime", wrapUp);
    if (actionId != null) {
      m.add("ActionID", actionId);
    }
    return m;
  }
}

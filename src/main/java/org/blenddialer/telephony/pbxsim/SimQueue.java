package org.blenddialer.telephony.pbxsim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One app_queue queue: its members, waiting callers and the counters QueueParams reports. */
final class SimQueue {

  final SimSettings.QueueSettings settings;

  /** What waiting callers are told (from the generated queues include, on reload). */
  SimAnnouncements announcements = SimAnnouncements.NONE;

  final QueueStrategy strategy;
  final Map<String, SimMember> members = new LinkedHashMap<>();
  final List<QueueCall> waiting = new ArrayList<>();
  int completed;
  int abandoned;
  int completedInServiceLevel;

  /** app_queue keeps running averages: new = (old * 3 + sample) / 4. */
  int holdTime;

  int talkTime;
  int rrNext;
  double callsPerHour;
  PbxSimulator.Timer nextArrival;

  SimQueue(SimSettings.QueueSettings settings) {
    this.settings = settings;
    this.strategy = QueueStrategy.parse(settings.strategy());
    this.callsPerHour = settings.callsPerHour();
  }

  String name() {
    return settings.name();
  }

  void recordHold(long seconds) {
    holdTime = (int) ((holdTime * 3L + seconds) / 4);
    if (seconds <= settings.serviceLevelSeconds()) {
      completedInServiceLevel++;
    }
  }

  void recordTalk(long seconds) {
    talkTime = (int) ((talkTime * 3L + seconds) / 4);
    completed++;
  }

  AmiMessage params(String actionId) {
    double perf = completed == 0 ? 0.0 : 100.0 * completedInServiceLevel / completed;
    double perf2 =
        completed + abandoned == 0
            ? 0.0
            : 100.0 * completedInServiceLevel / (completed + abandoned);
    return AmiMessage.of("Event", "QueueParams")
        .add("Queue", name())
        .add("Max", 0)
        .add("Strategy", strategy.wireName())
        .add("Calls", waiting.size())
        .add("Holdtime", holdTime)
        .add("TalkTime", talkTime)
        .add("Completed", completed)
        .add("Abandoned", abandoned)
        .add("ServiceLevel", settings.serviceLevelSeconds())
        .add("ServicelevelPerf", String.format(Locale.ROOT, "%.1f", perf))
        .add("ServicelevelPerf2", String.format(Locale.ROOT, "%.1f", perf2))
        .add("Weight", 0)
        .add("ActionID", actionId);
  }

  AmiMessage summary(String actionId, long nowMillis) {
    int loggedIn = members.size();
    int available = 0;
    for (SimMember m : members.values()) {
      if (!m.paused && m.phone.state == AgentPhone.State.IDLE) {
        available++;
      }
    }
    long longest = 0;
    for (QueueCall c : waiting) {
      longest = Math.max(longest, c.holdSeconds(nowMillis));
    }
    return AmiMessage.of("Event", "QueueSummary")
        .add("Queue", name())
        .add("LoggedIn", loggedIn)
        .add("Available", available)
        .add("Callers", waiting.size())
        .add("HoldTime", holdTime)
        .add("TalkTime", talkTime)
        .add("LongestHoldTime", longest)
        .add("ActionID", actionId);
  }

  AmiMessage entry(QueueCall call, int position, String actionId, long nowMillis) {
    SimChannel c = call.caller;
    return AmiMessage.of("Event", "QueueEntry")
        .add("Queue", name())
        .add("Position", position)
        .add("Channel", c.name)
        .add("Uniqueid", c.uniqueId)
        .add("CallerIDNum", c.callerIdNum)
        .add("CallerIDName", c.callerIdName)
        .add("ConnectedLineNum", c.connectedNum)
        .add("ConnectedLineName", c.connectedName)
        .add("Wait", call.holdSeconds(nowMillis))
        .add("Priority", 0)
        .add("ActionID", actionId);
  }
}

package org.blenddialer.telephony.pbxsim;

import java.util.ArrayList;
import java.util.List;

/** The list and queue-member actions: CoreShowChannels, QueueStatus/Summary/Add/Remove/Pause. */
final class QueueActions {

  private final PbxModel model;
  private final AppQueue appQueue;

  QueueActions(PbxModel model, AppQueue appQueue) {
    this.model = model;
    this.appQueue = appQueue;
  }

  /** Sends an EventList: the start response, the items, then the Complete event. */
  private static void list(
      AmiSession s, AmiMessage m, String message, List<AmiMessage> items, String completeEvent) {
    String id = m.get("ActionID");
    s.send(AmiActions.success(m).add("EventList", "start").add("Message", message));
    for (AmiMessage item : items) {
      s.send(item);
    }
    AmiMessage done = AmiMessage.of("Event", completeEvent);
    if (id != null) {
      done.add("ActionID", id);
    }
    s.send(done.add("EventList", "Complete").add("ListItems", items.size()));
  }

  void coreShowChannels(AmiSession s, AmiMessage m) {
    String id = m.get("ActionID");
    List<AmiMessage> items = new ArrayList<>();
    long now = model.now();
    for (SimChannel ch : model.channels.values()) {
      AmiMessage e = AmiMessage.of("Event", "CoreShowChannel");
      if (id != null) {
        e.add("ActionID", id);
      }
      long secs = (now - ch.createdMillis) / 1000;
      items.add(
          e.addAll(ch.block(""))
              .add("Application", ch.application)
              .add("ApplicationData", ch.applicationData)
              .add(
                  "Duration",
                  String.format("%02d:%02d:%02d", secs / 3600, (secs / 60) % 60, secs % 60))
              .add("BridgeId", ""));
    }
    list(s, m, "Channels will follow", items, "CoreShowChannelsComplete");
  }

  void queueStatus(AmiSession s, AmiMessage m) {
    String only = blankToNull(m.get("Queue"));
    String memberFilter = blankToNull(m.get("Member"));
    String id = m.get("ActionID");
    List<AmiMessage> items = new ArrayList<>();
    for (SimQueue q : model.queues.values()) {
      if (only != null && !only.equals(q.name())) {
        continue;
      }
      items.add(q.params(id));
      for (SimMember mem : q.members.values()) {
        if (memberFilter == null
            || memberFilter.equals(mem.iface)
            || memberFilter.equals(mem.name)) {
          items.add(mem.listEntry(id, q.settings.wrapUpSeconds()));
        }
      }
      int pos = 1;
      for (QueueCall c : q.waiting) {
        items.add(q.entry(c, pos++, id, model.now()));
      }
    }
    list(s, m, "Queue status will follow", items, "QueueStatusComplete");
  }

  void queueSummary(AmiSession s, AmiMessage m) {
    String only = blankToNull(m.get("Queue"));
    List<AmiMessage> items = new ArrayList<>();
    for (SimQueue q : model.queues.values()) {
      if (only == null || only.equals(q.name())) {
        items.add(q.summary(m.get("ActionID"), model.now()));
      }
    }
    list(s, m, "Queue summary will follow", items, "QueueSummaryComplete");
  }

  void queueAdd(AmiSession s, AmiMessage m) {
    String queue = blankToNull(m.get("Queue"));
    String iface = blankToNull(m.get("Interface"));
    if (queue == null) {
      s.send(AmiActions.error(m, "'Queue' not specified."));
      return;
    }
    if (iface == null) {
      s.send(AmiActions.error(m, "'Interface' not specified."));
      return;
    }
    SimQueue q = model.queues.get(queue);
    if (q == null) {
      s.send(AmiActions.error(m, "Unable to add interface to queue: No such queue"));
      return;
    }
    if (q.members.containsKey(iface)) {
      s.send(AmiActions.error(m, "Unable to add interface: Already there"));
      return;
    }
    String name = blankToNull(m.get("MemberName"));
    String state = blankToNull(m.get("StateInterface"));
    SimMember member =
        new SimMember(
            queue,
            iface,
            name == null ? iface : name,
            state == null ? iface : state,
            model.phone(iface),
            (int) Dialplan.number(m.get("Penalty"), 0),
            model.sim.clock().epochSecond());
    member.paused = truthy(m.get("Paused"));
    if (member.paused) {
      member.pausedReason = m.get("Reason") == null ? "" : m.get("Reason");
      member.lastPause = member.loginTime;
    }
    q.members.put(iface, member);
    s.send(AmiActions.success(m, "Added interface to queue"));
    model.emit(member.event("QueueMemberAdded", q.settings.wrapUpSeconds()));
    appQueue.distribute(q);
  }

  void queueRemove(AmiSession s, AmiMessage m) {
    String queue = blankToNull(m.get("Queue"));
    String iface = blankToNull(m.get("Interface"));
    if (queue == null || iface == null) {
      s.send(AmiActions.error(m, "Need 'Queue' and 'Interface' parameters."));
      return;
    }
    SimQueue q = model.queues.get(queue);
    if (q == null) {
      s.send(AmiActions.error(m, "Unable to remove interface from queue: No such queue"));
      return;
    }
    SimMember member = q.members.remove(iface);
    if (member == null) {
      s.send(AmiActions.error(m, "Unable to remove interface: Not there"));
      return;
    }
    s.send(AmiActions.success(m, "Removed interface from queue"));
    model.emit(member.event("QueueMemberRemoved", q.settings.wrapUpSeconds()));
  }

  void queuePause(AmiSession s, AmiMessage m) {
    String iface = blankToNull(m.get("Interface"));
    String pausedText = blankToNull(m.get("Paused"));
    if (iface == null || pausedText == null) {
      s.send(AmiActions.error(m, "Need 'Interface' and 'Paused' parameters."));
      return;
    }
    boolean paused = truthy(pausedText);
    String queue = blankToNull(m.get("Queue"));
    String reason = m.get("Reason") == null ? "" : m.get("Reason");
    List<SimMember> found = new ArrayList<>();
    for (SimQueue q : model.queues.values()) {
      if (queue != null && !queue.equals(q.name())) {
        continue;
      }
      SimMember member = q.members.get(iface);
      if (member != null) {
        found.add(member);
      }
    }
    if (found.isEmpty()) {
      s.send(AmiActions.error(m, "Interface not found"));
      return;
    }
    s.send(
        AmiActions.success(
            m, paused ? "Interface paused successfully" : "Interface unpaused successfully"));
    for (SimMember member : found) {
      member.paused = paused;
      member.pausedReason = paused ? reason : "";
      member.lastPause = model.sim.clock().epochSecond();
      SimQueue q = model.queues.get(member.queue);
      model.emit(member.event("QueueMemberPause", q.settings.wrapUpSeconds()));
      if (!paused) {
        appQueue.distribute(q);
      }
    }
  }

  /** QueuePenalty: one queue, or every queue the interface is in; QueueMemberPenalty per member. */
  void queuePenalty(AmiSession s, AmiMessage m) {
    String iface = blankToNull(m.get("Interface"));
    String penaltyText = blankToNull(m.get("Penalty"));
    if (iface == null || penaltyText == null) {
      s.send(AmiActions.error(m, "Need 'Interface' and 'Penalty' parameters."));
      return;
    }
    int penalty = (int) Dialplan.number(penaltyText, -1);
    if (penalty < 0) {
      s.send(AmiActions.error(m, "Invalid penalty"));
      return;
    }
    String queue = blankToNull(m.get("Queue"));
    List<SimMember> found = new ArrayList<>();
    for (SimQueue q : model.queues.values()) {
      SimMember member = q.members.get(iface);
      if (member != null && (queue == null || queue.equals(q.name()))) {
        found.add(member);
      }
    }
    if (found.isEmpty()) {
      s.send(AmiActions.error(m, "Invalid interface, queuename or penalty"));
      return;
    }
    s.send(AmiActions.success(m, "Interface penalty set successfully"));
    for (SimMember member : found) {
      member.penalty = penalty;
      SimQueue q = model.queues.get(member.queue);
      model.emit(member.event("QueueMemberPenalty", q.settings.wrapUpSeconds()));
      appQueue.distribute(q);
    }
  }

  void redirect(AmiSession s, AmiMessage m, Dialplan dialplan) {
    String name = blankToNull(m.get("Channel"));
    if (name == null) {
      s.send(AmiActions.error(m, "Channel not specified"));
      return;
    }
    SimChannel ch = model.channels.get(name);
    if (ch == null) {
      s.send(AmiActions.error(m, "Channel does not exist: " + name));
      return;
    }
    String context = blankToNull(m.get("Context"));
    String exten = blankToNull(m.get("Exten"));
    if (context == null || exten == null) {
      s.send(AmiActions.error(m, "Extension not specified"));
      return;
    }
    String extraName = blankToNull(m.get("ExtraChannel"));
    SimChannel extra = null;
    if (extraName != null) {
      extra = model.channels.get(extraName);
      if (extra == null) {
        s.send(AmiActions.error(m, "Channel does not exist: " + extraName));
        return;
      }
    }
    s.send(AmiActions.success(m, "Redirect successful"));
    if (extra != null) {
      // Both leave together: the call between them ends without either hanging up.
      dialplan.control.takeOver(ch, extra);
      String extraContext = blankToNull(m.get("ExtraContext"));
      String extraExten = blankToNull(m.get("ExtraExten"));
      redirectOne(
          dialplan,
          extra,
          extraContext == null ? context : extraContext,
          extraExten == null ? exten : extraExten);
      redirectOne(dialplan, ch, context, exten);
      return;
    }
    if (!CallControl.handles(context)) {
      appQueue.detach(ch);
    }
    redirectOne(dialplan, ch, context, exten);
  }

  private void redirectOne(Dialplan dialplan, SimChannel ch, String context, String exten) {
    if (CallControl.handles(context)) {
      dialplan.control.redirected(ch, context, exten);
    } else {
      dialplan.control.release(ch);
      dialplan.redirected(ch, context, exten);
    }
  }

  static boolean truthy(String text) {
    return text != null
        && (text.equalsIgnoreCase("true")
            || text.equalsIgnoreCase("yes")
            || text.equals("1")
            || text.equalsIgnoreCase("on"));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}

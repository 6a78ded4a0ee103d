package org.blenddialer.telephony.pbxsim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What app_queue does with a caller: join, ring members by the queue's strategy, connect the first
 * who answers, complete the call, and let callers abandon or time out, with the events Asterisk 22
 * emits at each step.
 */
final class AppQueue {

  private final PbxModel model;
  private final PbxSimulator sim;

  /** Takes a caller on in the dialplan once their agent hung up (true), or not (false). */
  java.util.function.Predicate<QueueCall> afterAgent;

  AppQueue(PbxModel model) {
    this.model = model;
    this.sim = model.sim;
  }

  /**
   * Puts a caller's channel into a queue.
   *
   * @param patienceSeconds how long the caller waits before hanging up, or a negative number
   * @param maxWaitSeconds the queue's own wait limit (Queue()'s timeout), 0 for none
   */
  QueueCall join(SimQueue queue, SimChannel caller, double patienceSeconds, int maxWaitSeconds) {
    QueueCall call = new QueueCall(queue, caller, model.now(), queue.waiting.size() + 1);
    queue.waiting.add(call);
    caller.application = "Queue";
    caller.applicationData = queue.name() + ",t,,," + (maxWaitSeconds > 0 ? maxWaitSeconds : "");
    model.emit(
        AmiMessage.of("Event", "QueueCallerJoin")
            .add("Privilege", "agent,all")
            .addAll(caller.block(""))
            .add("Queue", queue.name())
            .add("Position", call.originalPosition)
            .add("Count", queue.waiting.size()));
    caller.onHangup = () -> callerHungUp(call);
    if (patienceSeconds >= 0) {
      call.patience = sim.schedule(patienceSeconds, () -> abandon(call));
    }
    call.maxWaitSeconds = maxWaitSeconds;
    if (maxWaitSeconds > 0) {
      call.maxWait = sim.schedule(maxWaitSeconds, () -> timeout(call));
    }
    announce(call);
    distribute(queue);
    return call;
  }

  /**
   * app_queue's announcements while the caller waits: position and estimated wait every
   * announce-frequency seconds (the first after one period), the periodic message every
   * periodic-announce-frequency seconds; they stop once an agent answers or the caller leaves.
   */
  private void announce(QueueCall call) {
    SimAnnouncements a = call.queue.announcements;
    if (a.frequency() > 0) {
      boolean[] holdSaid = {false};
      Runnable[] tell = new Runnable[1];
      tell[0] =
          () -> {
            if (call.finished || call.connected != null || call.caller.hungUp) {
              return;
            }
            int position = call.queue.waiting.indexOf(call) + 1;
            switch (a.position()) {
              case "yes" -> call.caller.heard.add("position:" + position);
              case "limit" -> {
                if (position <= a.positionLimit()) {
                  call.caller.heard.add("position:" + position);
                }
              }
              case "more" ->
                  call.caller.heard.add(
                      position > a.positionLimit()
                          ? "more-than:" + a.positionLimit()
                          : "position:" + position);
              default -> {}
            }
            if (a.holdTime().equals("yes") || (a.holdTime().equals("once") && !holdSaid[0])) {
              holdSaid[0] = true;
              call.caller.heard.add("holdtime:" + Math.max(1, (call.queue.holdTime + 59) / 60));
            }
            sim.schedule(a.frequency(), tell[0]);
          };
      sim.schedule(a.frequency(), tell[0]);
    }
    if (a.sound() != null && a.every() > 0) {
      Runnable[] play = new Runnable[1];
      play[0] =
          () -> {
            if (call.finished || call.connected != null || call.caller.hungUp) {
              return;
            }
            call.caller.heard.add("periodic:" + a.sound());
            sim.schedule(a.every(), play[0]);
          };
      sim.schedule(a.every(), play[0]);
    }
  }

  /** Rings available members for every waiting caller not already ringing somebody. */
  void distribute(SimQueue queue) {
    for (QueueCall call : new ArrayList<>(queue.waiting)) {
      if (call.finished || !call.ringing.isEmpty() || call.retryPending) {
        continue;
      }
      List<SimMember> chosen = choose(queue, call.caller);
      if (chosen.isEmpty()) {
        // A caller limited to some penalties (a preview call) may wait while others are served.
        continue;
      }
      for (SimMember member : chosen) {
        ring(call, member);
      }
    }
  }

  private List<SimMember> choose(SimQueue queue, SimChannel caller) {
    long now = model.now();
    // app_queue reads the caller's QUEUE_MIN_PENALTY / QUEUE_MAX_PENALTY when it joins: members
    // outside that range are never rung for this caller.
    double min = Dialplan.number(caller.variable("QUEUE_MIN_PENALTY"), Double.NEGATIVE_INFINITY);
    double max = Dialplan.number(caller.variable("QUEUE_MAX_PENALTY"), Double.POSITIVE_INFINITY);
    List<SimMember> free = new ArrayList<>();
    for (SimMember m : queue.members.values()) {
      if (m.penalty >= min
          && m.penalty <= max
          && !m.paused
          && m.phone.state == AgentPhone.State.IDLE
          && now - m.phone.lastCallEndMillis >= queue.settings.wrapUpSeconds() * 1000L) {
        free.add(m);
      }
    }
    if (free.isEmpty()) {
      return free;
    }
    int best = free.stream().mapToInt(m -> m.penalty).min().orElse(0);
    free.removeIf(m -> m.penalty != best);
    List<SimMember> members = new ArrayList<>(queue.members.values());
    return switch (queue.strategy) {
      case RINGALL -> free;
      case LEASTRECENT ->
          List.of(free.stream().min(Comparator.comparingLong(m -> m.lastCall)).orElseThrow());
      case FEWESTCALLS ->
          List.of(free.stream().min(Comparator.comparingInt(m -> m.callsTaken)).orElseThrow());
      case RANDOM -> List.of(free.get(sim.random().strategy.nextInt(free.size())));
      case RRMEMORY -> {
        for (int i = 0; i < members.size(); i++) {
          SimMember m = members.get((queue.rrNext + i) % members.size());
          if (free.contains(m)) {
            queue.rrNext = (members.indexOf(m) + 1) % members.size();
            yield List.of(m);
          }
        }
        yield List.of(free.get(0));
      }
    };
  }

  private void ring(QueueCall call, SimMember member) {
    SimChannel caller = call.caller;
    String dial = member.iface.startsWith("Local/") ? member.iface.substring(6) : member.iface;
    String exten = dial.contains("@") ? dial.substring(0, dial.indexOf('@')) : dial;
    String context =
        dial.contains("@") ? dial.substring(dial.indexOf('@') + 1).replace("/n", "") : "sim-agent";
    SimChannel[] pair = model.newLocalPair(exten, context, caller.linkedId);
    for (SimChannel ch : pair) {
      ch.callerIdNum = caller.callerIdNum;
      ch.callerIdName = caller.callerIdName;
      ch.connectedNum = caller.callerIdNum;
      ch.connectedName = caller.callerIdName;
      ch.accountCode = caller.accountCode;
      caller.inheritable().forEach(ch.variables::put);
    }
    pair[0].exten = "s";
    QueueCall.Leg leg = new QueueCall.Leg(call, member, pair[0], pair[1], model.now());
    call.ringing.add(leg);
    member.phone.state = AgentPhone.State.RINGING;
    member.phone.leg = leg;
    model.emit(
        AmiMessage.of("Event", "AgentCalled")
            .add("Privilege", "agent,all")
            .addAll(caller.block(""))
            .addAll(pair[0].block("Dest"))
            .add("Queue", call.queue.name())
            .add("Interface", member.iface)
            .add("MemberName", member.name));
    model.dialBegin(caller, pair[0], member.iface);
    model.newstate(pair[0], SimChannel.RINGING);
    memberStatusEverywhere(member.phone);
    int timeout = call.queue.settings.ringTimeoutSeconds();
    leg.timeout = sim.schedule(timeout, () -> ringNoAnswer(leg));
    if (!member.phone.manual) {
      double delay =
          RandomStreams.exponential(sim.random().agentAnswer, sim.settings().agentAnswerSeconds());
      if (delay < timeout) {
        leg.autoAnswer = sim.schedule(delay, () -> answer(leg));
      }
    }
  }

  /** The agent's phone picks up: connect the caller, stop ringing everyone else. */
  boolean answer(QueueCall.Leg leg) {
    QueueCall call = leg.call;
    if (call.finished || call.connected != null || !call.ringing.contains(leg)) {
      return false;
    }
    sim.cancel(leg.timeout);
    for (QueueCall.Leg other : new ArrayList<>(call.ringing)) {
      if (other != leg) {
        stopRinging(other, "CANCEL", 26);
      }
    }
    call.ringing.clear();
    call.connected = leg;
    call.connectedMillis = model.now();
    sim.cancel(call.patience);
    sim.cancel(call.maxWait);
    SimQueue queue = call.queue;
    SimMember member = leg.member;
    member.phone.state = AgentPhone.State.IN_CALL;
    model.newstate(leg.phoneSide, SimChannel.UP);
    model.newstate(leg.agentSide, SimChannel.UP);
    model.dialEnd(call.caller, leg.agentSide, "ANSWER");
    long hold = call.holdSeconds(model.now());
    long ring = (model.now() - leg.rangAtMillis) / 1000;
    int position = leaveQueue(call);
    model.emit(
        AmiMessage.of("Event", "AgentConnect")
            .add("Privilege", "agent,all")
            .addAll(call.caller.block(""))
            .addAll(leg.agentSide.block("Dest"))
            .add("Queue", queue.name())
            .add("Interface", member.iface)
            .add("MemberName", member.name)
            .add("HoldTime", hold)
            .add("RingTime", ring));
    queue.recordHold(hold);
    call.bridgeId = model.newBridgeId();
    model.bridge("BridgeCreate", call.bridgeId, 0, null);
    model.bridge("BridgeEnter", call.bridgeId, 1, leg.agentSide);
    model.bridge("BridgeEnter", call.bridgeId, 2, call.caller);
    memberStatusEverywhere(member.phone);
    leg.agentSide.onHangup = () -> complete(call, "agent");
    leg.phoneSide.onHangup = () -> complete(call, "agent");
    double agentTalk = talkSeconds(call, member);
    if (call.callerTalkSeconds >= 0 && (agentTalk < 0 || call.callerTalkSeconds < agentTalk)) {
      call.talk = sim.schedule(call.callerTalkSeconds, () -> complete(call, "caller"));
    } else if (agentTalk >= 0) {
      call.talk = sim.schedule(agentTalk, () -> complete(call, "agent"));
    }
    assert position > 0;
    return true;
  }

  private double talkSeconds(QueueCall call, SimMember member) {
    String fixed = call.caller.variable("AGENT_TALK_SECS");
    if (fixed != null) {
      try {
        return Double.parseDouble(fixed);
      } catch (NumberFormatException ignored) {
        // fall through to the drawn handle time
      }
    }
    if (member.phone.manual) {
      return -1;
    }
    return RandomStreams.exponential(sim.random().handleTime, sim.settings().agentHandleSeconds());
  }

  /** The call ends: whoever hung up, both sides go and the member is free after wrap-up. */
  void complete(QueueCall call, String reason) {
    complete(call, reason, false);
  }

  /**
   * The caller and the agent's channel leave the queue's bridge together (a Redirect with
   * ExtraChannel): the queue call is over (reason transfer) but both channels stay up.
   */
  void releaseKeepingBoth(QueueCall call) {
    complete(call, "transfer", true, true);
  }

  private void complete(QueueCall call, String reason, boolean keepCaller) {
    complete(call, reason, keepCaller, false);
  }

  private void complete(QueueCall call, String reason, boolean keepCaller, boolean keepAgent) {
    if (call.finished || call.connected == null) {
      return;
    }
    call.finished = true;
    sim.cancel(call.talk);
    QueueCall.Leg leg = call.connected;
    SimMember member = leg.member;
    SimQueue queue = call.queue;
    long talk = (model.now() - call.connectedMillis) / 1000;
    model.bridge("BridgeLeave", call.bridgeId, 1, leg.agentSide);
    model.bridge("BridgeLeave", call.bridgeId, 0, call.caller);
    model.bridge("BridgeDestroy", call.bridgeId, 0, null);
    model.emit(
        AmiMessage.of("Event", "AgentComplete")
            .add("Privilege", "agent,all")
            .addAll(call.caller.block(""))
            .add("Queue", queue.name())
            .add("Interface", member.iface)
            .add("MemberName", member.name)
            .add("HoldTime", call.holdSeconds(model.now()))
            .add("TalkTime", talk)
            .add("Reason", reason));
    queue.recordTalk(talk);
    leg.agentSide.onHangup = null;
    leg.phoneSide.onHangup = null;
    call.caller.onHangup = null;
    member.callsTaken++;
    member.lastCall = sim.clock().epochSecond();
    if (keepAgent) {
      return;
    }
    model.hangup(leg.phoneSide, 16);
    model.hangup(leg.agentSide, 16);
    if (!keepCaller && reason.equals("agent") && afterAgent != null && afterAgent.test(call)) {
      // Queue()'s "c" option: the caller goes on in the dialplan (a survey) after the agent left.
      keepCaller = true;
    }
    if (!keepCaller) {
      model.cdr(call.caller, leg.agentSide, "ANSWERED");
      hangupCaller(call.caller, 16);
    }
    member.phone.state = AgentPhone.State.IDLE;
    member.phone.leg = null;
    member.phone.lastCallEndMillis = model.now();
    memberStatusEverywhere(member.phone);
    redistributeAfter(member.phone, queue.settings.wrapUpSeconds());
  }

  /** Nobody picked up within the ring timeout (or the person declined). */
  void ringNoAnswer(QueueCall.Leg leg) {
    QueueCall call = leg.call;
    if (!call.ringing.remove(leg)) {
      return;
    }
    sim.cancel(leg.timeout);
    sim.cancel(leg.autoAnswer);
    model.emit(
        AmiMessage.of("Event", "AgentRingNoAnswer")
            .add("Privilege", "agent,all")
            .addAll(call.caller.block(""))
            .addAll(leg.agentSide.block("Dest"))
            .add("Queue", call.queue.name())
            .add("Interface", leg.member.iface)
            .add("MemberName", leg.member.name)
            .add("RingTime", (model.now() - leg.rangAtMillis) / 1000));
    releaseLeg(leg, "NOANSWER", 19);
    if (call.ringing.isEmpty()) {
      call.retryPending = true;
      sim.schedule(
          call.queue.settings.retrySeconds(),
          () -> {
            call.retryPending = false;
            distribute(call.queue);
          });
    }
  }

  private void stopRinging(QueueCall.Leg leg, String status, int cause) {
    sim.cancel(leg.timeout);
    sim.cancel(leg.autoAnswer);
    releaseLeg(leg, status, cause);
  }

  private void releaseLeg(QueueCall.Leg leg, String status, int cause) {
    model.dialEnd(leg.call.caller, leg.agentSide, status);
    model.hangup(leg.phoneSide, cause);
    model.hangup(leg.agentSide, cause);
    AgentPhone phone = leg.member.phone;
    if (phone.leg == leg) {
      phone.state = AgentPhone.State.IDLE;
      phone.leg = null;
      memberStatusEverywhere(phone);
      redistributeAfter(phone, 0);
    }
  }

  /** The caller ran out of patience and hung up while waiting. */
  private void abandon(QueueCall call) {
    if (call.finished || call.connected != null) {
      return;
    }
    hangupCaller(call.caller, 16);
  }

  private void callerHungUp(QueueCall call) {
    if (call.finished) {
      return;
    }
    if (call.connected != null) {
      complete(call, "caller");
      return;
    }
    call.finished = true;
    sim.cancel(call.patience);
    sim.cancel(call.maxWait);
    SimQueue queue = call.queue;
    int position = queue.waiting.indexOf(call) + 1;
    queue.abandoned++;
    model.emit(
        AmiMessage.of("Event", "QueueCallerAbandon")
            .add("Privilege", "agent,all")
            .addAll(call.caller.block(""))
            .add("Queue", queue.name())
            .add("Position", position)
            .add("OriginalPosition", call.originalPosition)
            .add("HoldTime", call.holdSeconds(model.now())));
    leaveQueue(call);
    for (QueueCall.Leg leg : new ArrayList<>(call.ringing)) {
      stopRinging(leg, "CANCEL", 16);
    }
    call.ringing.clear();
    model.cdr(call.caller, null, "NO ANSWER");
  }

  /** The queue's own wait limit passed: the caller leaves unanswered and the dialplan goes on. */
  private void timeout(QueueCall call) {
    if (call.finished || call.connected != null) {
      return;
    }
    call.finished = true;
    sim.cancel(call.patience);
    for (QueueCall.Leg leg : new ArrayList<>(call.ringing)) {
      stopRinging(leg, "CANCEL", 16);
    }
    call.ringing.clear();
    leaveQueue(call);
    call.caller.onHangup = null;
    model.varSet(call.caller, "QUEUESTATUS", "TIMEOUT");
    if (call.onTimeout != null) {
      call.onTimeout.run();
    }
  }

  /**
   * Takes a channel out of whatever queue call holds it (a Redirect moves it elsewhere): a waiting
   * caller leaves the queue, a connected one leaves the agent, who is free again.
   */
  void detach(SimChannel ch) {
    for (SimQueue q : model.queues.values()) {
      for (QueueCall c : new ArrayList<>(q.waiting)) {
        if (c.caller == ch) {
          c.onTimeout = null;
          timeout(c);
          return;
        }
      }
    }
    for (AgentPhone p : model.phones.values()) {
      if (p.leg != null && p.leg.call.caller == ch && p.leg.call.connected == p.leg) {
        complete(p.leg.call, "transfer", true);
        return;
      }
    }
  }

  private int leaveQueue(QueueCall call) {
    SimQueue queue = call.queue;
    int position = queue.waiting.indexOf(call) + 1;
    if (position == 0) {
      return 0;
    }
    queue.waiting.remove(call);
    model.emit(
        AmiMessage.of("Event", "QueueCallerLeave")
            .add("Privilege", "agent,all")
            .addAll(call.caller.block(""))
            .add("Queue", queue.name())
            .add("Position", position)
            .add("Count", queue.waiting.size()));
    return position;
  }

  private void hangupCaller(SimChannel caller, int cause) {
    SimChannel peer = caller.peer;
    model.hangup(caller, cause);
    if (peer != null) {
      model.hangup(peer, cause);
    }
  }

  /** Every queue the phone is a member of hears about its new state, as app_queue reports it. */
  void memberStatusEverywhere(AgentPhone phone) {
    for (SimQueue q : model.queues.values()) {
      SimMember m = q.members.get(phone.iface);
      if (m != null) {
        model.emit(m.event("QueueMemberStatus", q.settings.wrapUpSeconds()));
      }
    }
  }

  private void redistributeAfter(AgentPhone phone, int wrapUpSeconds) {
    Runnable all =
        () -> {
          for (SimQueue q : model.queues.values()) {
            if (q.members.containsKey(phone.iface)) {
              distribute(q);
            }
          }
        };
    if (wrapUpSeconds > 0) {
      sim.schedule(wrapUpSeconds, all);
    }
    all.run();
  }
}

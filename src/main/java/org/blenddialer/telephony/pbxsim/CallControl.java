package org.blenddialer.telephony.pbxsim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Asterisk does with the agent call control the service drives over AMI: a caller sent to
 * music on hold while the agent's channel waits ({@code Redirect} with {@code ExtraChannel}),
 * channels joined by the {@code Bridge} action, a consultation leg dialled with {@code Originate}
 * running the {@code Bridge} application, and ConfBridge rooms; with the events Asterisk 22 emits
 * (MusicOnHoldStart/Stop, BridgeCreate/Enter/Leave/Destroy, ConfbridgeStart/Join/Leave/End). A
 * two-party bridge that loses one party clears the other, as a call does when one side hangs up,
 * except an agent's channel put on hold, which goes back to waiting there. Runs on the model
 * thread.
 */
final class CallControl {

  static final String HOLD_CONTEXT = "dialer-hold";
  static final String AGENT_HOLD_CONTEXT = "dialer-agent-hold";
  static final String CONFERENCE_CONTEXT = "dialer-conference";

  /** A bridge made by the Bridge action or application, or a conference room. */
  private static final class SimBridge {
    final String id;
    final String room;
    final List<SimChannel> members = new ArrayList<>();

    SimBridge(String id, String room) {
      this.id = id;
      this.room = room;
    }
  }

  private final PbxModel model;
  private final AppQueue appQueue;
  private final PbxSimulator sim;
  private final Map<SimChannel, SimBridge> bridgeOf = new HashMap<>();
  private final Map<String, SimBridge> rooms = new LinkedHashMap<>();

  /** What else goes when a controlled channel goes (its Local peer, the agent's phone). */
  private final Map<SimChannel, Runnable> alsoGone = new HashMap<>();

  CallControl(PbxModel model, AppQueue appQueue) {
    this.model = model;
    this.appQueue = appQueue;
    this.sim = model.sim;
  }

  static boolean handles(String context) {
    return HOLD_CONTEXT.equals(context)
        || AGENT_HOLD_CONTEXT.equals(context)
        || CONFERENCE_CONTEXT.equals(context);
  }

  /**
   * A Redirect with ExtraChannel of a connected queue caller and the agent's channel: the queue's
   * bridge ends (AgentComplete, reason transfer) but neither side hangs up and the agent's phone
   * stays in the call.
   */
  void takeOver(SimChannel caller, SimChannel extra) {
    // Both leave their bridge together: it ends without clearing either.
    leaveBridge(caller, false);
    AgentPhone phone = phoneOfAgentSide(extra);
    if (phone != null) {
      QueueCall.Leg leg = phone.leg;
      appQueue.releaseKeepingBoth(leg.call);
      phone.state = AgentPhone.State.IN_CALL;
      adoptAgentLeg(phone, leg.agentSide, leg.phoneSide);
      appQueue.memberStatusEverywhere(phone);
    } else if (!alsoGone.containsKey(extra)) {
      appQueue.detach(extra);
      own(extra, null);
    }
    if (!alsoGone.containsKey(caller)) {
      appQueue.detach(caller);
      own(caller, null);
    }
  }

  /** A channel reaches one of the call control contexts. */
  void redirected(SimChannel ch, String context, String exten) {
    if (!alsoGone.containsKey(ch)) {
      appQueue.detach(ch);
    }
    leaveBridge(ch, true);
    stopMusic(ch);
    ch.context = context;
    ch.exten = exten;
    ch.priority = 1;
    own(ch, alsoGone.get(ch));
    switch (context) {
      case HOLD_CONTEXT -> {
        ch.application = "MusicOnHold";
        ch.applicationData = "";
        ch.variables.put("__DIALER_MOH", "1");
        model.emit(
            AmiMessage.of("Event", "MusicOnHoldStart")
                .add("Privilege", "call,all")
                .addAll(ch.block(""))
                .add("Class", "default"));
      }
      case AGENT_HOLD_CONTEXT -> {
        ch.application = "Wait";
        ch.applicationData = "3600";
      }
      default -> joinRoom(ch, exten);
    }
  }

  /** A controlled channel sent elsewhere in the dialplan (a queue): it is no longer ours. */
  void release(SimChannel ch) {
    if (!alsoGone.containsKey(ch)) {
      return;
    }
    alsoGone.remove(ch);
    ch.onHangup = null;
    leaveBridge(ch, true);
    stopMusic(ch);
  }

  /** The Bridge action: both channels leave wherever they are and meet in a new bridge. */
  void bridge(SimChannel one, SimChannel two) {
    for (SimChannel ch : new SimChannel[] {one, two}) {
      leaveBridge(ch, true);
      if (!alsoGone.containsKey(ch)) {
        AgentPhone phone = phoneOfAgentSide(ch);
        if (phone != null) {
          QueueCall.Leg leg = phone.leg;
          appQueue.releaseKeepingBoth(leg.call);
          adoptAgentLeg(phone, leg.agentSide, leg.phoneSide);
        } else {
          appQueue.detach(ch);
          own(ch, null);
        }
      }
      stopMusic(ch);
      ch.application = "Bridge";
    }
    if (one.hungUp || two.hungUp) {
      return;
    }
    SimBridge b = new SimBridge(model.newBridgeId(), null);
    model.bridge("BridgeCreate", b.id, 0, null);
    enter(b, one);
    enter(b, two);
  }

  /**
   * An Originate to an agent's phone (a consultation or transfer): the phone rings; a person
   * answers through the service, a simulated agent by itself; the answered channel then runs what
   * the Originate asked (the Bridge application, or a conference room).
   */
  void ringAgent(
      Dialplan.Originate o,
      SimChannel first,
      SimChannel second,
      Runnable answered,
      Runnable failed) {
    AgentPhone phone = model.phone(o.channel());
    model.dialBegin(null, first, o.channel());
    if (phone.state != AgentPhone.State.IDLE) {
      sim.schedule(
          0.1,
          () -> {
            model.dialEnd(null, first, "BUSY");
            model.hangup(second, 17);
            model.hangup(first, 17);
            failed.run();
          });
      return;
    }
    phone.state = AgentPhone.State.RINGING;
    model.newstate(first, SimChannel.RINGING);
    appQueue.memberStatusEverywhere(phone);
    PbxSimulator.Timer[] timeout = new PbxSimulator.Timer[1];
    Runnable answer =
        () -> {
          sim.cancel(timeout[0]);
          phone.answerDirect = null;
          phone.state = AgentPhone.State.IN_CALL;
          model.newstate(second, SimChannel.UP);
          model.newstate(first, SimChannel.UP);
          model.dialEnd(null, first, "ANSWER");
          adoptAgentLeg(phone, first, second);
          appQueue.memberStatusEverywhere(phone);
          answered.run();
        };
    Runnable noAnswer =
        () -> {
          phone.answerDirect = null;
          model.dialEnd(null, first, "NOANSWER");
          phone.hangUpDirect = null;
          model.hangup(second, 19);
          model.hangup(first, 19);
          freePhone(phone);
          failed.run();
        };
    phone.answerDirect = answer;
    phone.hangUpDirect =
        () -> {
          sim.cancel(timeout[0]);
          noAnswer.run();
        };
    double limit = Math.max(1, o.timeoutMillis() / 1000.0);
    if (phone.manual) {
      timeout[0] = sim.schedule(limit, noAnswer);
    } else {
      double after =
          RandomStreams.exponential(sim.random().agentAnswer, sim.settings().agentAnswerSeconds());
      timeout[0] = sim.schedule(Math.min(after, limit), after >= limit ? noAnswer : answer);
    }
  }

  /** An answered Originate runs its application: Bridge(channel) or a conference room. */
  void runAnswered(Dialplan.Originate o, SimChannel ch, SimChannel far) {
    if (far != null && !alsoGone.containsKey(ch)) {
      own(ch, () -> model.hangup(far, 16));
      far.onHangup = () -> model.hangup(ch, 16);
    } else if (!alsoGone.containsKey(ch)) {
      own(ch, null);
    }
    if ("bridge".equalsIgnoreCase(o.application())) {
      SimChannel target = model.channels.get(o.data() == null ? "" : o.data().split(",")[0]);
      if (target == null) {
        model.hangup(ch, 16);
        return;
      }
      bridge(ch, target);
    } else if (CONFERENCE_CONTEXT.equals(o.context())) {
      redirected(ch, CONFERENCE_CONTEXT, o.exten());
    }
  }

  // ---- bridges and rooms

  private void enter(SimBridge b, SimChannel ch) {
    b.members.add(ch);
    bridgeOf.put(ch, b);
    if (b.room == null) {
      model.bridge("BridgeEnter", b.id, b.members.size(), ch);
    } else {
      model.bridge("BridgeEnter", b.id, b.members.size(), ch, "confbridge", "softmix", b.room);
      model.emit(
          room("ConfbridgeJoin", b).addAll(ch.block("")).add("Admin", "No").add("Muted", "No"));
    }
  }

  private void joinRoom(SimChannel ch, String name) {
    ch.application = "ConfBridge";
    ch.applicationData = name;
    SimBridge b = rooms.get(name);
    if (b == null) {
      b = new SimBridge(model.newBridgeId(), name);
      rooms.put(name, b);
      model.bridge("BridgeCreate", b.id, 0, null, "confbridge", "softmix", name);
      model.emit(room("ConfbridgeStart", b));
    }
    enter(b, ch);
  }

  private AmiMessage room(String event, SimBridge b) {
    return AmiMessage.of("Event", event)
        .add("Privilege", "call,all")
        .add("Conference", b.room)
        .add("BridgeUniqueid", b.id)
        .add("BridgeType", "confbridge")
        .add("BridgeTechnology", "softmix")
        .add("BridgeCreator", "ConfBridge")
        .add("BridgeName", b.room)
        .add("BridgeNumChannels", b.members.size())
        .add("BridgeVideoSourceMode", "none");
  }

  /**
   * Takes a channel out of its bridge or room. A two-party bridge left with one channel ends, and
   * that channel is cleared; a room ends with its last member.
   */
  private void leaveBridge(SimChannel ch, boolean clearLoneParty) {
    SimBridge b = bridgeOf.remove(ch);
    if (b == null) {
      return;
    }
    b.members.remove(ch);
    if (b.room == null) {
      model.bridge("BridgeLeave", b.id, b.members.size(), ch);
      if (b.members.size() == 1) {
        SimChannel lone = b.members.remove(0);
        bridgeOf.remove(lone);
        model.bridge("BridgeLeave", b.id, 0, lone);
        model.bridge("BridgeDestroy", b.id, 0, null);
        if (AGENT_HOLD_CONTEXT.equals(lone.context)) {
          // The agent's channel goes back to waiting where the hold put it, as after Bridge().
          lone.application = "Wait";
        } else if (clearLoneParty || ch.hungUp) {
          model.hangup(lone, 16);
        }
      }
      return;
    }
    model.bridge("BridgeLeave", b.id, b.members.size(), ch, "confbridge", "softmix", b.room);
    model.emit(room("ConfbridgeLeave", b).addAll(ch.block("")).add("Admin", "No"));
    if (b.members.size() == 1) {
      // Simplification: a party left alone in a room is cleared (docs/call-control.md).
      model.hangup(b.members.get(0), 16);
    } else if (b.members.isEmpty()) {
      rooms.remove(b.room);
      model.emit(room("ConfbridgeEnd", b));
      model.bridge("BridgeDestroy", b.id, 0, null, "confbridge", "softmix", b.room);
    }
  }

  private void stopMusic(SimChannel ch) {
    if (ch.variables.remove("__DIALER_MOH") != null && !ch.hungUp) {
      model.emit(
          AmiMessage.of("Event", "MusicOnHoldStop")
              .add("Privilege", "call,all")
              .addAll(ch.block("")));
    }
  }

  /** From now on this channel's hang-up is handled here. */
  private void own(SimChannel ch, Runnable also) {
    alsoGone.put(ch, also);
    ch.onHangup =
        () -> {
          Runnable then = alsoGone.remove(ch);
          leaveBridge(ch, true);
          if (then != null) {
            then.run();
          }
        };
  }

  /**
   * An agent's Local pair under call control: either half going takes the other and frees the
   * phone.
   */
  private void adoptAgentLeg(AgentPhone phone, SimChannel agentSide, SimChannel phoneSide) {
    phone.leg = null;
    Runnable end =
        () -> {
          model.hangup(phoneSide, 16);
          model.hangup(agentSide, 16);
          freePhone(phone);
        };
    own(agentSide, end);
    phoneSide.onHangup = end;
    phone.hangUpDirect = end;
    phone.answerDirect = null;
  }

  private void freePhone(AgentPhone phone) {
    if (phone.state == AgentPhone.State.IDLE) {
      return;
    }
    phone.state = AgentPhone.State.IDLE;
    phone.hangUpDirect = null;
    phone.answerDirect = null;
    phone.lastCallEndMillis = model.now();
    appQueue.memberStatusEverywhere(phone);
    for (SimQueue q : model.queues.values()) {
      if (q.members.containsKey(phone.iface)) {
        appQueue.distribute(q);
      }
    }
  }

  /** The agent phone whose connected queue leg has {@code ch} as its agent side, if any. */
  private AgentPhone phoneOfAgentSide(SimChannel ch) {
    for (AgentPhone p : model.phones.values()) {
      if (p.leg != null && p.leg.call.connected == p.leg && p.leg.agentSide == ch) {
        return p;
      }
    }
    return null;
  }
}

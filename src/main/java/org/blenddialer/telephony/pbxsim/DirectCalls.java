package org.blenddialer.telephony.pbxsim;

import java.util.function.Consumer;

/**
 * Dial() from dialplan straight to an agent's phone, outside app_queue (a callback connecting the
 * caller to the agent the service reserved): ringing, answer, the bridge, talk, and the phone free
 * again, with the events Asterisk emits for a Dial. Runs on the model thread.
 */
final class DirectCalls {

  private final PbxModel model;
  private final AppQueue appQueue;
  private final PbxSimulator sim;

  DirectCalls(PbxModel model, AppQueue appQueue) {
    this.model = model;
    this.appQueue = appQueue;
    this.sim = model.sim;
  }

  /**
   * Rings {@code iface} for the caller; {@code done} gets the DIALSTATUS when the dialplan goes on
   * (BUSY, NOANSWER, or ANSWER once the connected call is over and the caller is still there).
   */
  void dial(SimChannel caller, String iface, double timeoutSeconds, Consumer<String> done) {
    AgentPhone phone = model.phone(iface);
    if (phone.state != AgentPhone.State.IDLE) {
      sim.schedule(0.1, () -> done.accept("BUSY"));
      return;
    }
    String dial = iface.startsWith("Local/") ? iface.substring(6) : iface;
    String exten = dial.contains("@") ? dial.substring(0, dial.indexOf('@')) : dial;
    String context =
        dial.contains("@") ? dial.substring(dial.indexOf('@') + 1).replace("/n", "") : "sim-agent";
    SimChannel[] pair = model.newLocalPair(exten, context, caller.linkedId);
    for (SimChannel ch : pair) {
      ch.callerIdNum = caller.callerIdNum;
      ch.callerIdName = caller.callerIdName;
      ch.connectedNum = caller.callerIdNum;
      ch.connectedName = caller.callerIdName;
      caller.inheritable().forEach(ch.variables::put);
    }
    phone.state = AgentPhone.State.RINGING;
    model.dialBegin(caller, pair[0], iface);
    model.newstate(pair[0], SimChannel.RINGING);
    appQueue.memberStatusEverywhere(phone);
    PbxSimulator.Timer[] timers = new PbxSimulator.Timer[2];
    Runnable callerGone =
        () -> {
          sim.cancel(timers[0]);
          sim.cancel(timers[1]);
          end(phone, pair, null, caller);
        };
    caller.onHangup = callerGone;
    double limit = timeoutSeconds > 0 ? timeoutSeconds : 60;
    boolean[] rang = {false};
    Runnable noAnswer =
        () -> {
          if (rang[0]) {
            return;
          }
          rang[0] = true;
          sim.cancel(timers[0]);
          caller.onHangup = null;
          model.dialEnd(caller, pair[0], "NOANSWER");
          end(phone, pair, null, caller);
          done.accept("NOANSWER");
        };
    Runnable answer =
        () -> {
          sim.cancel(timers[0]);
          if (caller.hungUp || rang[0]) {
            return;
          }
          rang[0] = true;
          phone.answerDirect = null;
          phone.state = AgentPhone.State.IN_CALL;
          model.newstate(pair[1], SimChannel.UP);
          model.newstate(pair[0], SimChannel.UP);
          model.dialEnd(caller, pair[0], "ANSWER");
          String bridge = model.newBridgeId();
          model.bridge("BridgeCreate", bridge, 0, null);
          model.bridge("BridgeEnter", bridge, 1, pair[0]);
          model.bridge("BridgeEnter", bridge, 2, caller);
          appQueue.memberStatusEverywhere(phone);
          caller.onHangup =
              () -> {
                sim.cancel(timers[1]);
                end(phone, pair, bridge, caller);
              };
          Runnable agentHangsUp =
              () -> {
                sim.cancel(timers[1]);
                caller.onHangup = null;
                end(phone, pair, bridge, caller);
                model.cdr(caller, pair[0], "ANSWERED");
                model.hangup(caller, 16);
                model.hangup(caller.peer, 16);
              };
          phone.hangUpDirect = agentHangsUp;
          double talk = Dialplan.number(caller.variable("AGENT_TALK_SECS"), -1);
          if (talk < 0 && !phone.manual) {
            talk =
                RandomStreams.exponential(
                    sim.random().handleTime, sim.settings().agentHandleSeconds());
          }
          if (talk >= 0) {
            timers[1] = sim.schedule(talk, agentHangsUp);
          }
        };
    phone.hangUpDirect = noAnswer;
    if (phone.manual) {
      // A person answers through the service (PbxSimulator.answer), or it rings out.
      phone.answerDirect = answer;
      timers[0] = sim.schedule(limit, noAnswer);
      return;
    }
    double answerAfter =
        RandomStreams.exponential(sim.random().agentAnswer, sim.settings().agentAnswerSeconds());
    timers[0] =
        sim.schedule(Math.min(answerAfter, limit), answerAfter >= limit ? noAnswer : answer);
  }

  private void end(AgentPhone phone, SimChannel[] pair, String bridge, SimChannel caller) {
    if (pair[0].hungUp && pair[1].hungUp) {
      return;
    }
    if (bridge != null) {
      model.bridge("BridgeLeave", bridge, 1, pair[0]);
      model.bridge("BridgeLeave", bridge, 0, caller);
      model.bridge("BridgeDestroy", bridge, 0, null);
    } else if (!caller.hungUp) {
      model.dialEnd(caller, pair[0], "CANCEL");
    }
    model.hangup(pair[1], 16);
    model.hangup(pair[0], 16);
    phone.answerDirect = null;
    phone.hangUpDirect = null;
    phone.state = AgentPhone.State.IDLE;
    phone.lastCallEndMillis = model.now();
    appQueue.memberStatusEverywhere(phone);
    for (SimQueue q : model.queues.values()) {
      if (q.members.containsKey(phone.iface)) {
        appQueue.distribute(q);
      }
    }
  }
}

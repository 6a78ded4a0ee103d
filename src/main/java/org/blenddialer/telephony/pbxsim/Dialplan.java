package org.blenddialer.telephony.pbxsim;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The simulated dialplan and the people on the far end: inbound callers arriving at queues, called
 * parties answering (or not) an Originate, answering-machine detection, the campaign queue's
 * 2-second limit with its safe-harbor message, and agent phones worked by a person.
 */
final class Dialplan {

  /** An Originate as the AMI action describes it. */
  record Originate(
      String actionId,
      String channel,
      String context,
      String exten,
      String callerIdName,
      String callerIdNum,
      long timeoutMillis,
      String account,
      Map<String, String> variables,
      AmiSession session,
      boolean async,
      String application,
      String data) {}

  private final PbxModel model;
  private final AppQueue appQueue;
  private final PbxSimulator sim;
  private int inboundCallers;

  /** The menus' dialplan, for Redirects and answered Originates into its contexts. */
  IvrCallers ivr;

  /** Chance that a person hearing the safe-harbor message presses its opt-out key. */
  double optOutProbability;

  /** Hold, bridges, consultations and conferences the service drives. */
  final CallControl control;

  Dialplan(PbxModel model, AppQueue appQueue) {
    this.model = model;
    this.appQueue = appQueue;
    this.sim = model.sim;
    this.optOutProbability = sim.settings().parties().optOutProbability();
    this.control = new CallControl(model, appQueue);
  }

  // ---- Inbound traffic

  void startInboundTraffic() {
    for (SimQueue q : model.queues.values()) {
      scheduleArrival(q);
    }
  }

  void setInboundRate(String queue, double perHour) {
    SimQueue q = requireQueue(queue);
    q.callsPerHour = perHour;
    sim.cancel(q.nextArrival);
    scheduleArrival(q);
  }

  private void scheduleArrival(SimQueue q) {
    if (q.callsPerHour <= 0) {
      return;
    }
    double gap = RandomStreams.exponential(sim.random().arrivals, 3600.0 / q.callsPerHour);
    q.nextArrival =
        sim.schedule(
            gap,
            () -> {
              double patience =
                  RandomStreams.exponential(sim.random().patience, q.settings.patienceSeconds());
              inboundCall(q.name(), "555" + String.format("%07d", ++inboundCallers), patience);
              scheduleArrival(q);
            });
  }

  /** A caller on the trunk dials in and is put into the queue. */
  String inboundCall(String queue, String callerNumber, double patienceSeconds) {
    SimQueue q = requireQueue(queue);
    SimChannel ch = model.newSingle("PJSIP/trunk", sim.settings().inboundContext(), queue);
    ch.callerIdNum = callerNumber;
    ch.callerIdName = callerNumber;
    ch.connectedNum = callerNumber;
    ch.connectedName = callerNumber;
    model.newstate(ch, SimChannel.RING);
    model.newstate(ch, SimChannel.UP);
    appQueue.join(q, ch, patienceSeconds, q.settings.maxWaitSeconds());
    return ch.name;
  }

  private SimQueue requireQueue(String queue) {
    SimQueue q = model.queues.get(queue);
    if (q == null) {
      throw new IllegalArgumentException("no such queue: " + queue);
    }
    return q;
  }

  // ---- Originate

  /** Runs an Originate; the OriginateResponse follows when the far end answers or fails. */
  void originate(Originate o) {
    String target = o.channel();
    boolean local = target.regionMatches(true, 0, "Local/", 0, 6);
    String dial = local ? target.substring(6) : target.substring(target.indexOf('/') + 1);
    String exten = dial.contains("@") ? dial.substring(0, dial.indexOf('@')) : dial;
    String where = dial.contains("@") ? dial.substring(dial.indexOf('@') + 1) : "";
    where = where.replace("/n", "");
    SimChannel first;
    SimChannel second;
    if (local) {
      SimChannel[] pair = model.newLocalPair(exten, where, null);
      first = pair[0];
      second = pair[1];
    } else {
      first =
          model.newSingle(
              target.contains("@") ? target.substring(0, target.indexOf('@')) : target,
              o.context(),
              o.exten());
      second = null;
    }
    for (SimChannel ch : new SimChannel[] {first, second}) {
      if (ch == null) {
        continue;
      }
      ch.accountCode = o.account() == null ? "" : o.account();
      o.variables().forEach((k, v) -> model.varSet(ch, k, v));
      if (o.callerIdNum() != null) {
        ch.callerIdNum = o.callerIdNum();
        ch.callerIdName = o.callerIdName() == null ? "<unknown>" : o.callerIdName();
        ch.connectedNum = ch.callerIdNum;
        ch.connectedName = ch.callerIdName;
      }
    }
    first.dialedNumber = exten.replaceAll("[^0-9]", "");
    if (o.application() != null || CallControl.handles(o.context())) {
      if (model.phones.containsKey(target)) {
        control.ringAgent(
            o,
            first,
            second,
            () -> {
              originateResponse(o, first, true, 4);
              control.runAnswered(o, first, null);
            },
            () -> originateResponse(o, null, false, 3));
        return;
      }
    }
    model.dialBegin(null, first, dial);
    if (local && where.equalsIgnoreCase(sim.settings().inboundContext())) {
      inboundOriginate(o, first, second, exten);
    } else {
      calledParty(o, first, second);
    }
  }

  private void inboundOriginate(
      Originate o, SimChannel caller, SimChannel queueSide, String exten) {
    model.newstate(queueSide, SimChannel.UP);
    model.newstate(caller, SimChannel.UP);
    model.dialEnd(null, caller, "ANSWER");
    originateResponse(o, caller, true, 4);
    caller.context = o.context();
    caller.exten = o.exten();
    if (o.application() != null || CallControl.handles(o.context())) {
      // A consultation with a queue: the Local channel's queue side waits for an agent there.
      control.runAnswered(o, caller, null);
    }
    SimQueue q = model.queues.get(exten);
    if (q == null) {
      q = model.queues.values().iterator().next();
    }
    double patience = number(caller.variable("CALLER_WAIT_SECS"), -1);
    if (patience < 0) {
      patience = RandomStreams.exponential(sim.random().patience, q.settings.patienceSeconds());
    }
    appQueue.join(q, queueSide, patience, q.settings.maxWaitSeconds());
  }

  private void calledParty(Originate o, SimChannel lead, SimChannel far) {
    String result = lead.variable("LEAD_RESULT");
    String outcome = result == null ? drawOutcome() : result.toLowerCase(Locale.ROOT);
    SimSettings.CalledParties p = sim.settings().parties();
    double timeout = o.timeoutMillis() / 1000.0;
    switch (outcome) {
      case "fail", "failed" -> {
        model.hangup(far, 0);
        model.hangup(lead, 0);
        originateResponse(o, null, false, 0);
        return;
      }
      case "congestion" -> {
        ringing(lead, far);
        sim.schedule(0.5, () -> fail(o, lead, far, "CONGESTION", 34, 8));
        return;
      }
      case "busy" -> {
        ringing(lead, far);
        sim.schedule(1.0 + sim.random().ring.nextDouble(), () -> fail(o, lead, far, "BUSY", 17, 5));
        return;
      }
      default -> {
        // an answer, a machine, or no answer at all
      }
    }
    ringing(lead, far);
    double ring = RandomStreams.exponential(sim.random().ring, p.ringSeconds());
    if (outcome.equals("noanswer") || ring >= timeout) {
      sim.schedule(timeout, () -> fail(o, lead, far, "NOANSWER", 19, 3));
      return;
    }
    boolean machine =
        outcome.equals("machine")
            || (!outcome.equals("answer")
                && !outcome.equals("human")
                && sim.random().outcomes.nextDouble() < p.machineProbability());
    sim.schedule(ring, () -> answered(o, lead, far, machine));
  }

  private String drawOutcome() {
    SimSettings.CalledParties p = sim.settings().parties();
    double u = sim.random().outcomes.nextDouble();
    if (u < p.answerProbability()) {
      return "answered";
    }
    u -= p.answerProbability();
    if (u < p.busyProbability()) {
      return "busy";
    }
    u -= p.busyProbability();
    return u < p.congestionProbability() ? "congestion" : "noanswer";
  }

  private void ringing(SimChannel lead, SimChannel far) {
    model.newstate(lead, SimChannel.RINGING);
  }

  private void fail(
      Originate o, SimChannel lead, SimChannel far, String dial, int cause, int reason) {
    if (lead.hungUp) {
      return;
    }
    model.dialEnd(null, lead, dial);
    model.hangup(far, cause);
    model.cdr(lead, null, reason == 5 ? "BUSY" : reason == 3 ? "NO ANSWER" : "FAILED");
    model.hangup(lead, reason == 3 ? cause : 0);
    originateResponse(o, null, false, reason);
  }

  private void answered(Originate o, SimChannel lead, SimChannel far, boolean machine) {
    if (lead.hungUp) {
      return;
    }
    model.newstate(far, SimChannel.UP);
    model.newstate(lead, SimChannel.UP);
    model.dialEnd(null, lead, "ANSWER");
    originateResponse(o, lead, true, 4);
    lead.context = o.context();
    lead.exten = o.exten();
    if (o.application() != null || CallControl.handles(o.context())) {
      // No AMD: a consultation or a party called into a conference.
      control.runAnswered(o, lead, far);
      return;
    }
    if (ivr != null && ivr.handles(o.context(), o.exten())) {
      // No AMD here: the menus' dialplan (a callback connecting to an agent) takes the call.
      ivr.answered(lead, far, o.context(), o.exten());
      return;
    }
    lead.onHangup = () -> model.hangup(far, 16);
    if (far != null) {
      far.onHangup = () -> model.hangup(lead, 16);
    }
    SimSettings.CalledParties p = sim.settings().parties();
    sim.schedule(
        p.amdSeconds(),
        () -> {
          if (lead.hungUp) {
            return;
          }
          model.varSet(lead, "AMDSTATUS", machine ? "MACHINE" : "HUMAN");
          model.varSet(lead, "AMDCAUSE", machine ? "LONGGREETING-1500-1500" : "HUMAN-300-300");
          if (machine) {
            sim.schedule(1.0, () -> hangupBoth(lead, far, 16));
          } else {
            toCampaignQueue(lead, far);
          }
        });
  }

  /** Called people scripted by number (digits only): the keys they press after the agent. */
  final java.util.Map<String, java.util.List<String>> plannedParties = new java.util.HashMap<>();

  private void toCampaignQueue(SimChannel lead, SimChannel far) {
    String queueName = lead.variable("DIALER_QUEUE");
    SimQueue q = queueName == null ? model.queues.get("outbound") : model.queues.get(queueName);
    if (q == null) {
      q = model.queues.values().iterator().next();
    }
    int limit = (int) number(lead.variable("DIALER_QUEUE_TIMEOUT"), 2);
    lead.onHangup = null;
    if (far != null) {
      far.onHangup = null;
    }
    QueueCall call = appQueue.join(q, lead, -1, limit);
    double talk = number(lead.variable("LEAD_TALK_SECS"), -1);
    call.callerTalkSeconds =
        talk >= 0
            ? talk
            : RandomStreams.exponential(sim.random().talk, sim.settings().parties().talkSeconds());
    java.util.List<String> keys =
        lead.dialedNumber == null ? null : plannedParties.remove(lead.dialedNumber);
    if (keys != null && ivr != null) {
      // A scripted person: stays on until the agent hangs up, then presses these keys.
      call.callerTalkSeconds = -1;
      ivr.plan(lead.name, keys);
    }
    call.onTimeout =
        () -> {
          // Safe harbor: the person hears the message, then the line clears.
          lead.application = "Read";
          lead.applicationData = "OPTKEY,safe-harbor,1,,1,3";
          double message = sim.settings().parties().safeHarborSeconds();
          String key = lead.variable(OPT_OUT_KEY);
          // Drawn for every message (offered or not), so the stream's draws don't depend on it.
          boolean presses = sim.random().optOut.nextDouble() < optOutProbability;
          if (presses && key != null && !key.isBlank()) {
            sim.schedule(message * 0.5, () -> optOut(lead, key.trim()));
          }
          sim.schedule(
              message,
              () -> {
                model.cdr(lead, null, "ANSWERED");
                hangupBoth(lead, far, 16);
              });
        };
  }

  /** Channel variable of the Originate naming the key that opts out during the message. */
  static final String OPT_OUT_KEY = "DIALER_OPT_OUT_KEY";

  /** The AstDB family where the dialplan keeps opt-outs until the service has recorded them. */
  static final String OPT_OUT_FAMILY = "dialer-optout";

  /**
   * The person pressed the opt-out key: as the asterisk-config dialplan does, the key press is
   * written to the AstDB ({@code dialer-optout/<attempt id>} = {@code <key>:<epoch seconds>}),
   * where it outlasts an AMI link that is down, and the channel sets {@code DIALER_OPT_OUT=<attempt
   * id>:<key>} (a VarSet event on AMI).
   */
  private void optOut(SimChannel lead, String key) {
    if (lead.hungUp) {
      return;
    }
    String attempt = lead.variable("DIALER_ATTEMPT_ID");
    if (attempt != null && !attempt.isBlank()) {
      sim.astdb().put(OPT_OUT_FAMILY, attempt, key + ":" + sim.clock().now().getEpochSecond());
    }
    model.varSet(lead, "DIALER_OPT_OUT", (attempt == null ? "" : attempt) + ":" + key);
  }

  private void hangupBoth(SimChannel lead, SimChannel far, int cause) {
    model.hangup(lead, cause);
    model.hangup(far, cause);
  }

  private void originateResponse(Originate o, SimChannel ch, boolean success, int reason) {
    AmiMessage event = AmiMessage.of("Event", "OriginateResponse").add("Privilege", "call,all");
    if (o.actionId() != null) {
      event.add("ActionID", o.actionId());
    }
    event
        .add("Response", success ? "Success" : "Failure")
        .add("Channel", ch == null ? o.channel() : ch.name)
        .add("Context", o.context())
        .add("Exten", o.exten())
        .add("Reason", reason)
        .add("Uniqueid", ch == null ? "<unknown>" : ch.uniqueId)
        .add("CallerIDNum", ch == null ? "<unknown>" : ch.callerIdNum)
        .add("CallerIDName", ch == null ? "<unknown>" : ch.callerIdName);
    if (!o.async() && o.session() != null) {
      AmiMessage reply =
          success ? AmiMessage.of("Response", "Success") : AmiMessage.of("Response", "Error");
      if (o.actionId() != null) {
        reply.add("ActionID", o.actionId());
      }
      o.session()
          .send(
              reply.add("Message", success ? "Originate successfully queued" : "Originate failed"));
    }
    model.emit(event);
  }

  /**
   * A Redirect: into the inbound context's queue extension it joins that queue; anywhere else the
   * simulator plays a message (the safe-harbor or any announcement) and clears the line.
   */
  void redirected(SimChannel ch, String context, String exten) {
    if (ivr != null && ivr.handles(context, exten)) {
      ivr.redirected(ch, context, exten);
      return;
    }
    ch.context = context;
    ch.exten = exten;
    ch.priority = 1;
    SimQueue q = model.queues.get(exten);
    if (context.equalsIgnoreCase(sim.settings().inboundContext()) && q != null) {
      appQueue.join(q, ch, -1, q.settings.maxWaitSeconds());
      return;
    }
    ch.application = "Playback";
    ch.applicationData = ch.variable("DIALER_SOUND") == null ? exten : ch.variable("DIALER_SOUND");
    SimChannel peer = ch.peer;
    ch.onHangup = null;
    sim.schedule(
        sim.settings().parties().safeHarborSeconds(),
        () -> {
          model.hangup(ch, 16);
          model.hangup(peer, 16);
        });
  }

  void addMember(String queue, String iface, String name) {
    SimQueue q = requireQueue(queue);
    SimMember member =
        new SimMember(queue, iface, name, iface, model.phone(iface), 0, sim.clock().epochSecond());
    if (q.members.putIfAbsent(iface, member) == null) {
      model.emit(member.event("QueueMemberAdded", q.settings.wrapUpSeconds()));
      appQueue.distribute(q);
    }
  }

  // ---- Agent phones worked by a person

  boolean answerPhone(String iface) {
    AgentPhone phone = model.phones.get(iface);
    if (phone != null && phone.leg == null && phone.answerDirect != null) {
      Runnable answer = phone.answerDirect;
      phone.answerDirect = null;
      answer.run();
      return true;
    }
    if (phone == null || phone.state != AgentPhone.State.RINGING || phone.leg == null) {
      return false;
    }
    return appQueue.answer(phone.leg);
  }

  boolean hangUpPhone(String iface) {
    AgentPhone phone = model.phones.get(iface);
    if (phone != null && phone.leg == null && phone.hangUpDirect != null) {
      phone.hangUpDirect.run();
      return true;
    }
    if (phone == null || phone.leg == null) {
      return false;
    }
    QueueCall.Leg leg = phone.leg;
    if (phone.state == AgentPhone.State.IN_CALL) {
      appQueue.complete(leg.call, "agent");
    } else {
      appQueue.ringNoAnswer(leg);
    }
    return true;
  }

  static double number(String text, double otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  static Map<String, String> parseVariables(java.util.List<String> lines) {
    Map<String, String> vars = new LinkedHashMap<>();
    for (String line : lines) {
      for (String pair : line.split(",")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          vars.put(pair.substring(0, eq).trim(), pair.substring(eq + 1));
        }
      }
    }
    return vars;
  }
}

package org.blenddialer.callcontrol.live;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.blenddialer.acd.live.CallHandovers;
import org.blenddialer.acd.live.ScreenPop;
import org.blenddialer.agents.live.AgentCallFollower;
import org.blenddialer.agents.live.AgentSessions;
import org.blenddialer.agents.live.AgentStatus;
import org.blenddialer.callcontrol.live.ControlledCall.Party;
import org.blenddialer.callcontrol.live.ControlledCall.State;
import org.blenddialer.core.agent.AgentState;
import org.blenddialer.platform.error.ConflictProblem;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxCommandRejectedException;
import org.blenddialer.telephony.PbxEvent;
import org.blenddialer.telephony.TransferTarget;
import org.jboss.logging.Logger;

/**
 * Agent call control: hold and resume, blind and attended transfer, and three-way conference,
 * driven through the PBX port, with every leg written to the call's history. Commands come from the
 * agent's API; {@link CallControlEvents} applies what the PBX reports. Both hold this object's
 * lock, so a call's state changes one step at a time; a command checks everything before it sends
 * anything.
 */
@ApplicationScoped
public class CallControl {

  private static final Logger LOG = Logger.getLogger(CallControl.class);

  private final Pbx pbx;
  private final AgentSessions sessions;
  private final AgentCallFollower follower;
  private final TransferTargets targets;
  private final CallLegs legs;
  private final CallHandovers handovers;
  private final ScreenPop screenPop;
  private final InstantSource clock;
  private final AtomicLong dialSeq = new AtomicLong();
  private final CallControlReactions reactions = new CallControlReactions(this);

  /** Calls under control, by call id. */
  final Map<String, ControlledCall> calls = new HashMap<>();

  /** What the PBX told of calls in flight (caller channel, number, queue; agent channel). */
  final Map<String, PbxEvent.CallerJoinedQueue> joined = new HashMap<>();

  final Map<String, PbxEvent.AgentConnected> connected = new HashMap<>();

  CallControl(
      Pbx pbx,
      AgentSessions sessions,
      AgentCallFollower follower,
      TransferTargets targets,
      CallLegs legs,
      CallHandovers handovers,
      ScreenPop screenPop,
      InstantSource clock) {
    this.pbx = pbx;
    this.sessions = sessions;
    this.follower = follower;
    this.targets = targets;
    this.legs = legs;
    this.handovers = handovers;
    this.screenPop = screenPop;
    this.clock = clock;
  }

  /**
   * Where to: one of an agent, a queue or a number, and a note for whoever takes the call.
   *
   * @param agentId an agent's id
   * @param queue an inbound queue's Asterisk name
   * @param number an external number (E.164, or international digits)
   * @param note shown to the receiving agent
   */
  public record Target(Long agentId, String queue, String number, String note) {}

  /** A call's call control state (TALKING, HELD, ...), or null when it was never controlled. */
  public synchronized String stateOf(String callId) {
    ControlledCall c = calls.get(callId);
    return c == null ? null : c.state.name();
  }

  /** Applies one PBX event to the calls under control. */
  public synchronized void onEvent(PbxEvent event) {
    reactions.apply(event);
  }

  // ---- commands

  /** Puts the caller on hold (music) with the agent still on the line. */
  public synchronized ControlledCall hold(long agentId) {
    ControlledCall c = ownCall(agentId);
    requireState(c, State.TALKING, "hold");
    holdCaller(c);
    return c;
  }

  /** Takes the caller off hold. */
  public synchronized ControlledCall resume(long agentId) {
    ControlledCall c = ownCall(agentId);
    requireState(c, State.HELD, "resume");
    pbx.bridge(c.server, c.owner.channel, c.callerChannel);
    c.state = State.TALKING;
    return c;
  }

  /** Blind transfer: the caller goes to the target at once; the agent's part ends now. */
  public synchronized ControlledCall transfer(long agentId, Target to) {
    ControlledCall c = ownCall(agentId);
    if (c.state != State.TALKING && c.state != State.HELD) {
      throw new ConflictProblem("a transfer needs the call talking or on hold, not " + c.state);
    }
    TransferTargets.Resolved r = resolve(to, agentId);
    Instant now = clock.instant();
    handover(c, agentId, to.note());
    if (r.target().kind() == TransferTarget.Kind.QUEUE) {
      pbx.sendToQueue(c.server, c.callerChannel, r.target().address());
      adopt(c);
      Long leg = open(c, r, "TRANSFERRED", now, null, to.note());
      ownerLeaves(c, now, "TRANSFERRED");
      c.consultation = new Party(null, r.target(), null, leg, null);
      c.state = State.QUEUED;
      c.detached = false;
      follower.releaseFromControl(c.callId);
      return c;
    }
    if (c.state == State.TALKING) {
      holdCaller(c);
    }
    String dialId = dialId();
    pbx.dialAndBridge(c.server, dialId, r.target(), c.callerChannel, c.callerNumber);
    Long leg = open(c, r, "TRANSFERRED", now, null, to.note());
    c.consultation = new Party(dialId, r.target(), r.agentId(), leg, null);
    c.state = State.TRANSFERRING;
    popFor(c, r.agentId());
    ownerLeaves(c, now, "TRANSFERRED");
    return c;
  }

  /** Attended transfer, first step: the caller on hold, the agent calls the target. */
  public synchronized ControlledCall consult(long agentId, Target to) {
    ControlledCall c = ownCall(agentId);
    if (c.state != State.TALKING && c.state != State.HELD) {
      throw new ConflictProblem("a consultation needs the call talking or on hold, not " + c.state);
    }
    TransferTargets.Resolved r = resolve(to, agentId);
    boolean heldHere = c.state == State.TALKING;
    if (heldHere) {
      holdCaller(c);
    }
    String dialId = dialId();
    try {
      pbx.dialAndBridge(c.server, dialId, r.target(), c.owner.channel, c.callerNumber);
    } catch (RuntimeException e) {
      if (heldHere) {
        // Nothing half-applied: the caller comes back to the agent.
        quietly(() -> pbx.bridge(c.server, c.owner.channel, c.callerChannel));
        c.state = State.TALKING;
      }
      throw e;
    }
    handover(c, agentId, to.note());
    Long leg = open(c, r, "CONSULTED", clock.instant(), null, to.note());
    c.consultation = new Party(dialId, r.target(), r.agentId(), leg, null);
    c.state = State.CONSULTING;
    popFor(c, r.agentId());
    return c;
  }

  /** Attended transfer, completed: the caller joins the consulted party; the agent leaves. */
  public synchronized ControlledCall complete(long agentId) {
    ControlledCall c = ownCall(agentId);
    Party p = answeredConsultation(c, "complete");
    pbx.bridge(c.server, c.callerChannel, p.channel);
    Instant now = clock.instant();
    ownerLeaves(c, now, "TRANSFERRED");
    c.owner = p;
    c.consultation = null;
    c.state = State.TALKING;
    return c;
  }

  /** Attended transfer, cancelled: the consulted party goes, the agent has the caller again. */
  public synchronized ControlledCall cancel(long agentId) {
    ControlledCall c = ownCall(agentId);
    Party p = answeredConsultation(c, "cancel");
    pbx.bridge(c.server, c.owner.channel, c.callerChannel);
    quietly(() -> pbx.hangup(c.server, p.channel));
    partyLeaves(c, p, clock.instant(), "CANCELLED");
    c.consultation = null;
    c.state = State.TALKING;
    return c;
  }

  /**
   * Three-way conference: with the consulted party when a consultation is answered, else with the
   * target given, called into the room.
   */
  public synchronized ControlledCall conference(long agentId, Target to) {
    ControlledCall c = ownCall(agentId);
    String room = "call-" + c.callId.replaceAll("[^A-Za-z0-9]", "-");
    if (c.state == State.CONSULTING && c.consultation != null && c.consultation.answered) {
      Party p = c.consultation;
      pbx.conference(c.server, room, c.callerChannel, c.owner.channel);
      pbx.conference(c.server, room, p.channel, null);
      legs.role(p.legId, "CONFERENCE");
      c.conference.add(p);
      c.consultation = null;
    } else if (c.state == State.TALKING || c.state == State.HELD) {
      if (to == null) {
        throw new ConflictProblem("no answered consultation to join: name whom to add");
      }
      TransferTargets.Resolved r = resolve(to, agentId);
      boolean wasDetached = c.detached;
      follower.takeUnderControl(c.callId);
      String dialId = dialId();
      try {
        pbx.conference(c.server, room, c.callerChannel, c.owner.channel);
      } catch (RuntimeException e) {
        if (!wasDetached) {
          follower.releaseFromControl(c.callId);
        }
        throw e;
      }
      c.detached = true;
      adopt(c);
      pbx.dialIntoConference(c.server, dialId, r.target(), room, c.callerNumber);
      handover(c, agentId, to.note());
      Long leg = open(c, r, "CONFERENCE", clock.instant(), null, to.note());
      c.conference.add(new Party(dialId, r.target(), r.agentId(), leg, null));
      popFor(c, r.agentId());
    } else {
      throw new ConflictProblem("a conference is not possible while the call is " + c.state);
    }
    c.room = room;
    c.state = State.CONFERENCE;
    c.musicOnHold = false;
    return c;
  }

  // ---- helpers used by the commands and the event side (under the lock)

  private ControlledCall ownCall(long agentId) {
    AgentStatus s = sessions.status(agentId);
    if (s.state() == AgentState.LOGGED_OUT) {
      throw new ConflictProblem("you are not logged in");
    }
    if (s.callDetails() == null || s.state() != AgentState.ON_CALL) {
      throw new ConflictProblem("there is no call in progress");
    }
    String callId = s.callDetails().callId();
    ControlledCall c = calls.get(callId);
    if (c != null) {
      if (c.owner == null || c.owner.agentId == null || c.owner.agentId != agentId) {
        throw new ConflictProblem("the call is not yours to control now");
      }
      return c;
    }
    PbxEvent.CallerJoinedQueue j = joined.get(callId);
    PbxEvent.AgentConnected a = connected.get(callId);
    if (j == null || a == null || !a.agentInterface().equals(s.device())) {
      throw new ConflictProblem("this call cannot be controlled (the PBX has not reported it)");
    }
    c = new ControlledCall(j.server(), callId, j.channel(), j.callerNumber(), j.queue());
    c.owner = new Party(null, null, agentId, null, a.agentChannel());
    c.owner.answered = true;
    c.answeredDevice = s.device();
    c.answeredAt = a.at();
    return c;
  }

  /**
   * Starts following a call once a command changed it in the PBX (not before, so a refused command
   * leaves no trace): the first agent's leg is written from when they answered.
   */
  private void adopt(ControlledCall c) {
    if (calls.containsKey(c.callId)) {
      return;
    }
    calls.put(c.callId, c);
    c.owner.legId =
        legs.open(
            c.server,
            c.callId,
            "AGENT",
            c.answeredDevice,
            c.owner.agentId,
            "ANSWERED",
            c.answeredAt,
            c.answeredAt,
            null);
  }

  private void holdCaller(ControlledCall c) {
    boolean wasDetached = c.detached;
    follower.takeUnderControl(c.callId);
    try {
      pbx.hold(c.server, c.callerChannel, c.owner.channel);
    } catch (RuntimeException e) {
      if (!wasDetached) {
        follower.releaseFromControl(c.callId);
      }
      throw e;
    }
    c.detached = true;
    c.state = State.HELD;
    adopt(c);
  }

  private Party answeredConsultation(ControlledCall c, String what) {
    if (c.state != State.CONSULTING || c.consultation == null) {
      throw new ConflictProblem("no consultation in progress to " + what);
    }
    if (!c.consultation.answered) {
      throw new ConflictProblem("the consultation has not been answered yet");
    }
    return c.consultation;
  }

  private TransferTargets.Resolved resolve(Target to, long agentId) {
    Target t = to == null ? new Target(null, null, null, null) : to;
    return targets.resolve(t.agentId(), t.queue(), t.number(), agentId);
  }

  private Long open(
      ControlledCall c,
      TransferTargets.Resolved r,
      String role,
      Instant at,
      Instant connectedAt,
      String note) {
    return legs.open(
        c.server,
        c.callId,
        r.target().kind().name(),
        r.target().address(),
        r.agentId(),
        role,
        at,
        connectedAt,
        note);
  }

  private void handover(ControlledCall c, long agentId, String note) {
    AgentStatus s = sessions.status(agentId);
    handovers.put(
        c.callId,
        new CallHandovers.Handover(
            agentId, s.displayName(), note == null ? "" : note.strip(), clock.instant()));
  }

  private void popFor(ControlledCall c, Long agentId) {
    if (agentId != null) {
      screenPop.show(agentId, c.callId, c.queue, c.callerNumber);
    }
  }

  /** The owner's part ends (they handed the call on): their line is cleared, wrap-up begins. */
  void ownerLeaves(ControlledCall c, Instant at, String how) {
    Party o = c.owner;
    if (o == null) {
      return;
    }
    c.owner = null;
    partyLeaves(c, o, at, how);
  }

  void partyLeaves(ControlledCall c, Party p, Instant at, String how) {
    if (p.gone) {
      return;
    }
    p.gone = true;
    legs.end(p.legId, at, how);
    if (p.channel != null) {
      quietly(() -> pbx.hangup(c.server, p.channel));
    }
    if (p.agentId != null) {
      follower.leftCall(p.agentId, c.callId);
    }
  }

  String dialId() {
    return "ctl-" + clock.millis() + "-" + dialSeq.incrementAndGet();
  }

  /** A clean-up command whose target may already be gone (the PBX cleared it first). */
  void quietly(Runnable command) {
    try {
      command.run();
    } catch (PbxCommandRejectedException e) {
      LOG.debugf("call control clean-up: %s", e.getMessage());
    } catch (RuntimeException e) {
      LOG.warnf("call control clean-up failed: %s", e.getMessage());
    }
  }

  private static void requireState(ControlledCall c, State wanted, String what) {
    if (c.state != wanted) {
      throw new ConflictProblem("cannot " + what + " while the call is " + c.state);
    }
  }

  Pbx pbx() {
    return pbx;
  }

  AgentCallFollower follower() {
    return follower;
  }

  CallLegs legs() {
    return legs;
  }

  CallHandovers handovers() {
    return handovers;
  }

  AgentSessions sessions() {
    return sessions;
  }

  // ---- what the API shows

  /** The call control view of a call, or null when it was never controlled. */
  public synchronized CallControlViews.Control view(String callId) {
    ControlledCall c = calls.get(callId);
    return c == null ? null : view(c);
  }

  /** The view of a call a command just changed. */
  public CallControlViews.Control view(ControlledCall c) {
    synchronized (this) {
      Party p = c.consultation;
      return new CallControlViews.Control(
          c.callId,
          c.queue,
          c.callerNumber,
          c.state.name(),
          c.musicOnHold,
          p == null || p.target == null
              ? null
              : new CallControlViews.PartyView(
                  p.target.kind().name(), p.target.address(), p.agentId, p.answered),
          c.room,
          legs.of(c.server, c.callId));
    }
  }

  /** The agent's current call with its screen pop (the handover included), if on one. */
  public java.util.Optional<CallControlViews.Current> current(long agentId) {
    AgentStatus s = sessions.status(agentId);
    AgentStatus.CallDetails call = s.callDetails();
    if (call == null) {
      return java.util.Optional.empty();
    }
    State state;
    boolean moh;
    synchronized (this) {
      ControlledCall c = calls.get(call.callId());
      state = c == null ? State.TALKING : c.state;
      moh = c != null && c.musicOnHold;
    }
    return java.util.Optional.of(
        new CallControlViews.Current(
            call.callId(),
            call.queue(),
            call.callerNumber(),
            call.since(),
            call.answeredAt(),
            state.name(),
            moh,
            screenPop.pop(call.callId(), call.queue(), call.callerNumber())));
  }

  /** A call's legs, in order. */
  public java.util.List<CallLegs.LegView> legs(String callId) {
    return legs.of(null, callId);
  }

  /** Whether the agent had a leg in the call. */
  public boolean hadLeg(long agentId, String callId) {
    return legs.of(null, callId).stream().anyMatch(l -> Long.valueOf(agentId).equals(l.agentId()));
  }
}

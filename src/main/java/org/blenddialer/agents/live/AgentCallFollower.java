package org.blenddialer.agents.live;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.blenddialer.acd.service.QueueDirectory;
import org.blenddialer.core.agent.AgentMode;
import org.blenddialer.core.agent.AgentSkill;
import org.blenddialer.core.agent.AgentState;
import org.blenddialer.core.agent.CallDirection;
import org.blenddialer.telephony.MemberStatus;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxEvent;
import org.blenddialer.telephony.QueueMembership;
import org.jboss.logging.Logger;

/**
 * Moves agents through the call cycle as the PBX reports it (rang, answered, call over), ends
 * wrap-ups whose time is up, and rebuilds agent state from the PBX after a (re)connect. The PBX is
 * the truth here: when an event finds an agent in a state it cannot follow from, the agent is first
 * brought to where the event can apply, instead of losing the event.
 */
@ApplicationScoped
public class AgentCallFollower {

  private static final Logger LOG = Logger.getLogger(AgentCallFollower.class);

  private final AgentSessions sessions;
  private final QueueDirectory queues;
  private final Pbx pbx;
  private final Set<String> needsReconcile = new HashSet<>();

  /**
   * Calls agent call control has taken over from the queue: their queue part's end is not theirs.
   */
  private final Set<String> underControl = java.util.concurrent.ConcurrentHashMap.newKeySet();

  AgentCallFollower(AgentSessions sessions, QueueDirectory queues, Pbx pbx) {
    this.sessions = sessions;
    this.queues = queues;
    this.pbx = pbx;
  }

  /**
   * Applies one PBX event; returns the id of the agent whose phone it concerns when that agent is
   * now offered or connected to a call (for the screen pop), else null.
   */
  public Long onEvent(PbxEvent event, Function<String, String> callerNumberOfCall) {
    synchronized (sessions.lock()) {
      double now = sessions.seconds();
      if (event instanceof PbxEvent.AgentRang e) {
        LiveAgent a = sessions.onDevice(e.server(), e.agentInterface());
        if (a == null) {
          return null;
        }
        a.account(now);
        readyForCall(a, now);
        a.machine.ring(direction(a, e.queue()), now);
        a.call =
            new LiveAgent.CurrentCall(
                e.callId(),
                e.queue(),
                callerNumberOfCall.apply(e.callId()),
                isInbound(e.queue()),
                e.at(),
                null);
        sessions.changed(a, "ringing");
        return a.agentId;
      } else if (event instanceof PbxEvent.CallerTimedOut e) {
        ringingStopped(e.server(), e.callId(), null, now, "caller left while ringing");
      } else if (event instanceof PbxEvent.CallerAbandoned e) {
        ringingStopped(e.server(), e.callId(), null, now, "caller left while ringing");
      } else if (event instanceof PbxEvent.AgentDidNotAnswer e) {
        LiveAgent a = sessions.onDevice(e.server(), e.agentInterface());
        if (a != null && a.state() == AgentState.RINGING && sameCall(a, e.callId())) {
          a.account(now);
          a.machine.missCall(now);
          a.call = null;
          sessions.changed(a, "did not answer");
        }
      } else if (event instanceof PbxEvent.AgentConnected e) {
        LiveAgent a = sessions.onDevice(e.server(), e.agentInterface());
        if (a == null) {
          return null;
        }
        a.account(now);
        CallDirection direction = direction(a, e.queue());
        if (a.state() != AgentState.RINGING
            || !sameCall(a, e.callId())
            || a.machine.callDirection() != direction) {
          readyForCall(a, now);
        }
        a.machine.connect(direction, now);
        a.call =
            new LiveAgent.CurrentCall(
                e.callId(),
                e.queue(),
                callerNumberOfCall.apply(e.callId()),
                isInbound(e.queue()),
                a.call != null && sameCall(a, e.callId()) ? a.call.since() : e.at(),
                e.at());
        sessions.changed(a, "connected");
        ringingStopped(e.server(), e.callId(), a, now, "answered by another agent");
        return a.agentId;
      } else if (event instanceof PbxEvent.CallCompleted e) {
        if (underControl.contains(e.callId())) {
          // Hold or transfer took the call out of the queue's bridge: the agent is still on it.
          return null;
        }
        LiveAgent a = sessions.onDevice(e.server(), e.agentInterface());
        if (a != null && a.state() == AgentState.ON_CALL) {
          callOver(a, e.queue(), now);
        }
      } else if (event instanceof PbxEvent.MemberPaused e) {
        memberPaused(e.server(), e.queue(), e.agentInterface(), e.paused(), e.reason());
      } else if (event instanceof PbxEvent.MemberRemoved e) {
        LiveAgent a = sessions.onDevice(e.server(), e.agentInterface());
        if (a != null) {
          a.memberships.removeIf(m -> m.queue.equals(e.queue()));
          sessions.changed(a, "removed from " + e.queue() + " in the PBX");
        }
      } else if (event instanceof PbxEvent.Resynced e) {
        rebuild(e, now);
      } else if (event instanceof PbxEvent.LinkChanged e) {
        if (e.state() == org.blenddialer.telephony.LinkState.READY) {
          needsReconcile.add(e.server());
          reconcile(e.server());
        }
      }
      return null;
    }
  }

  private void callOver(LiveAgent a, String queue, double now) {
    a.account(now);
    a.calls++;
    if (a.call != null && a.call.answeredAt() != null) {
      a.handleSeconds += Math.max(0, now - a.machine.stateSince());
    }
    a.machine.hangUp(now);
    int wrapUp = queues.inbound(queue).map(q -> q.wrapUpSeconds()).orElse(0);
    a.wrapUpUntil = now + wrapUp;
    if (wrapUp == 0) {
      sessions.finishWrapUp(a, now);
    } else {
      sessions.changed(a, "wrap-up");
    }
  }

  // ---- agent call control (org.blenddialer.callcontrol) moves agents on calls the queue let go

  /** From now on the end of this call's queue part does not end its agent's call. */
  public void takeUnderControl(String callId) {
    underControl.add(callId);
  }

  /** The call is over for call control. */
  public void releaseFromControl(String callId) {
    underControl.remove(callId);
  }

  /**
   * A call handed to an agent outside the queue (a consultation or transfer answered on their
   * phone): they are on it now. False when they are not logged in or already on another call.
   */
  public boolean handedCall(
      long agentId, String callId, String queue, String callerNumber, java.time.Instant at) {
    synchronized (sessions.lock()) {
      LiveAgent a = sessions.sessions().get(agentId);
      if (a == null) {
        return false;
      }
      double now = sessions.seconds();
      a.account(now);
      if (a.state() == AgentState.ON_CALL && !sameCall(a, callId)) {
        return false;
      }
      if (a.state() != AgentState.ON_CALL) {
        readyForCall(a, now);
        CallDirection d = direction(a, queue);
        a.machine.ring(d, now);
        a.machine.connect(d, now);
      }
      a.call = new LiveAgent.CurrentCall(callId, queue, callerNumber, isInbound(queue), at, at);
      sessions.changed(a, "call handed over");
      return true;
    }
  }

  /** The agent's part in a call under control is over: wrap-up begins. */
  public void leftCall(long agentId, String callId) {
    synchronized (sessions.lock()) {
      LiveAgent a = sessions.sessions().get(agentId);
      if (a != null && a.state() == AgentState.ON_CALL && sameCall(a, callId)) {
        callOver(a, a.call.queue(), sessions.seconds());
      }
    }
  }

  /** Ends wrap-ups whose time is up, and retries any PBX reconciliation left undone. */
  public void tick() {
    synchronized (sessions.lock()) {
      double now = sessions.seconds();
      for (LiveAgent a : new ArrayList<>(sessions.sessions().values())) {
        if (a.state() == AgentState.WRAP_UP && now >= a.wrapUpUntil) {
          sessions.finishWrapUp(a, now);
        }
      }
      for (String server : new ArrayList<>(needsReconcile)) {
        reconcile(server);
      }
    }
  }

  private void memberPaused(
      String server, String queue, String device, boolean paused, String reason) {
    LiveAgent a = sessions.onDevice(server, device);
    if (a == null) {
      return;
    }
    for (Membership m : a.memberships) {
      if (m.queue.equals(queue)) {
        m.paused = paused;
        m.pauseReason = paused && reason != null ? reason : "";
      }
    }
  }

  /**
   * Takes the PBX's word for queue memberships, pauses and calls after a (re)connect. Memberships
   * the PBX lost (a restart) are put back once the link is READY ({@link #reconcile}).
   */
  private void rebuild(PbxEvent.Resynced e, double now) {
    adoptUnknownMembers(e, now);
    for (LiveAgent a : new ArrayList<>(sessions.sessions().values())) {
      if (!a.server.equals(e.server())) {
        continue;
      }
      Map<String, PbxEvent.MemberState> found = new HashMap<>();
      for (PbxEvent.QueueState q : e.queues()) {
        for (PbxEvent.MemberState m : q.members()) {
          if (m.agentInterface().equals(a.device)) {
            found.put(q.queue(), m);
          }
        }
      }
      boolean inCall = false;
      boolean allPausedByPerson = !found.isEmpty();
      String personReason = null;
      for (Membership m : a.memberships) {
        PbxEvent.MemberState ms = found.get(m.queue);
        if (ms == null) {
          m.present = false;
          allPausedByPerson = false;
          continue;
        }
        m.present = true;
        m.paused = ms.paused();
        m.pauseReason = ms.paused() ? nullToEmpty(ms.pausedReason()) : "";
        inCall |=
            ms.inCall() || ms.status() == MemberStatus.IN_USE || ms.status() == MemberStatus.BUSY;
        boolean byPerson =
            ms.paused()
                && !isBlendReason(ms.pausedReason())
                && !nullToEmpty(ms.pausedReason()).isEmpty();
        allPausedByPerson &= byPerson;
        if (byPerson) {
          personReason = ms.pausedReason();
        }
      }
      a.account(now);
      AgentState s = a.state();
      if (!inCall && (s == AgentState.RINGING || s == AgentState.ON_CALL)) {
        // The call ended while we were not listening (or the PBX restarted and lost it).
        if (s == AgentState.RINGING) {
          a.machine.missCall(now);
        } else {
          a.machine.hangUp(now);
          a.machine.finishWrapUp(now);
        }
        a.call = null;
      } else if (inCall
          && (s == AgentState.IDLE || s == AgentState.WRAP_UP || s == AgentState.RESERVED)) {
        readyForCall(a, now);
        a.machine.connect(
            a.workMode == AgentMode.OUTBOUND ? CallDirection.OUTBOUND : CallDirection.INBOUND, now);
      }
      if (a.machine.skill() == AgentSkill.BLEND) {
        // Blending's own pauses in the PBX tell which way the agent was lent.
        for (Membership m : a.memberships) {
          if (m.present
              && m.paused
              && m.kind == Membership.Kind.INBOUND
              && LiveAgent.BLEND_OUTBOUND.equals(m.pauseReason)) {
            a.machine.switchMode(AgentMode.OUTBOUND, now);
          } else if (m.present
              && m.paused
              && m.kind == Membership.Kind.OUTBOUND
              && LiveAgent.BLEND_INBOUND.equals(m.pauseReason)) {
            a.machine.switchMode(AgentMode.INBOUND, now);
          }
        }
      }
      s = a.state();
      if (s == AgentState.IDLE && allPausedByPerson) {
        a.pauseReason = personReason;
        a.machine.pause(personReason, now);
      } else if (s == AgentState.PAUSED && !found.isEmpty() && !allPausedByPerson) {
        a.pauseReason = null;
        a.machine.resume(now);
      }
      sessions.changed(a, "rebuilt from the PBX");
    }
    needsReconcile.add(e.server());
  }

  /** Members the PBX has on agents' phones without a session here: the service restarted. */
  private void adoptUnknownMembers(PbxEvent.Resynced e, double now) {
    Map<String, Map<String, Boolean>> byDevice = new HashMap<>();
    for (PbxEvent.QueueState q : e.queues()) {
      for (PbxEvent.MemberState m : q.members()) {
        if (sessions.onDevice(e.server(), m.agentInterface()) == null) {
          byDevice
              .computeIfAbsent(m.agentInterface(), d -> new java.util.LinkedHashMap<>())
              .put(q.queue(), isInbound(q.queue()));
        }
      }
    }
    byDevice.forEach(
        (device, found) -> {
          try {
            LiveAgent a = sessions.adopt(e.server(), device, found, now);
            if (a != null) {
              LOG.infof("agent %s taken over from the PBX (%s)", a.username, found.keySet());
            }
          } catch (RuntimeException ex) {
            LOG.warnf("member %s could not be taken over: %s", device, ex.getMessage());
          }
        });
  }

  /** Puts back lost memberships and brings pauses to what agents' states and modes ask. */
  private void reconcile(String server) {
    if (!pbx.isReady(server)) {
      return;
    }
    try {
      for (LiveAgent a : sessions.sessions().values()) {
        if (!a.server.equals(server)) {
          continue;
        }
        for (Membership m : a.memberships) {
          if (!m.present) {
            boolean paused = a.wantsPaused(m);
            pbx.addQueueMember(
                server, new QueueMembership(m.queue, a.device, a.displayName, m.penalty, paused));
            m.present = true;
            m.paused = paused;
            m.pauseReason = paused ? a.pauseReasonFor(m) : "";
            if (paused && !m.pauseReason.isEmpty()) {
              pbx.pauseQueueMember(server, m.queue, a.device, true, m.pauseReason);
            }
          }
        }
        sessions.applyPauses(a);
      }
      needsReconcile.remove(server);
    } catch (RuntimeException e) {
      LOG.warnf("reconciling agents with PBX %s failed, retrying: %s", server, e.getMessage());
    }
  }

  /** Brings an agent to IDLE so a call the PBX offers can apply (wrap-up or a pause race). */
  private void readyForCall(LiveAgent a, double now) {
    switch (a.state()) {
      case WRAP_UP -> sessions.finishWrapUp(a, now);
      case PAUSED -> {
        a.machine.resume(now);
        a.pauseReason = null;
      }
      case RINGING -> a.machine.missCall(now);
      case ON_CALL -> {
        a.machine.hangUp(now);
        a.machine.finishWrapUp(now);
      }
      case RESERVED -> a.machine.release(now);
      default -> {}
    }
  }

  private CallDirection direction(LiveAgent a, String queue) {
    CallDirection d = isInbound(queue) ? CallDirection.INBOUND : CallDirection.OUTBOUND;
    if (d == CallDirection.OUTBOUND
        && a.machine.mode() == AgentMode.INBOUND
        && a.machine.skill() == AgentSkill.BLEND) {
      // A campaign call reached an agent blending had just held for inbound: follow the PBX.
      a.machine.switchMode(AgentMode.BLENDED, sessions.seconds());
    }
    return d;
  }

  private boolean isInbound(String queue) {
    return queues.inbound(queue).isPresent();
  }

  /**
   * The other agents' phones stopped ringing for a call without an AgentRingNoAnswer: app_queue
   * just ends their dials (DialEnd CANCEL) when the caller leaves the queue (wait limit, hang-up)
   * or when one agent of a ringall queue answers, so those agents are free again. Without this they
   * stayed RINGING until the next resync: a dropped dialer call stopped the campaign's dialing, and
   * every answered ringall call left the agents it had also rung unavailable.
   */
  private void ringingStopped(
      String server, String callId, LiveAgent answeredBy, double now, String why) {
    for (LiveAgent a : sessions.sessions().values()) {
      if (a != answeredBy
          && a.server.equals(server)
          && a.state() == AgentState.RINGING
          && sameCall(a, callId)) {
        a.account(now);
        a.machine.missCall(now);
        a.call = null;
        sessions.changed(a, why);
      }
    }
  }

  private static boolean sameCall(LiveAgent a, String callId) {
    return a.call != null && a.call.callId().equals(callId);
  }

  static boolean isBlendReason(String reason) {
    return LiveAgent.BLEND_INBOUND.equals(reason) || LiveAgent.BLEND_OUTBOUND.equals(reason);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}

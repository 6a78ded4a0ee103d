package org.blenddialer.telephony.ami;

import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.AgentRingNoAnswerEvent;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.ConfbridgeJoinEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.MusicOnHoldStartEvent;
import org.asteriskjava.manager.event.MusicOnHoldStopEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueCallerLeaveEvent;
import org.asteriskjava.manager.event.QueueMemberAddedEvent;
import org.asteriskjava.manager.event.QueueMemberPauseEvent;
import org.asteriskjava.manager.event.QueueMemberRemovedEvent;
import org.asteriskjava.manager.event.QueueMemberStatusEvent;
import org.asteriskjava.manager.event.VarSetEvent;
import org.blenddialer.telephony.AmdVerdict;
import org.blenddialer.telephony.MemberStatus;
import org.blenddialer.telephony.OriginateResult;
import org.blenddialer.telephony.PbxEvent;

/**
 * Turns asterisk-java events of one server into our own events. Keeps the little state needed to
 * tie a channel to its call attempt (the {@code DIALER_ATTEMPT_ID} variable) and to pair AMD's two
 * variables. Used from one thread only (the link's dispatcher).
 */
final class AmiEventTranslator {

  /** Channel variable carrying the call attempt id on every channel of a dialer call. */
  static final String ATTEMPT_VARIABLE = "DIALER_ATTEMPT_ID";

  /**
   * Channel variable the dialplan sets to {@code <attempt id>:<key>} when the person presses the
   * opt-out key during the safe-harbor message.
   */
  static final String OPT_OUT_VARIABLE = "DIALER_OPT_OUT";

  private final String server;
  private final InstantSource clock;
  private final Map<String, String> attemptByUniqueId = new HashMap<>();
  private final Map<String, String> amdStatusByUniqueId = new HashMap<>();

  AmiEventTranslator(String server, InstantSource clock) {
    this.server = server;
    this.clock = clock;
  }

  /** Remembers which attempt a channel belongs to (from a re-sync's Getvar). */
  void rememberAttempt(String uniqueId, String attemptId) {
    if (uniqueId != null && attemptId != null && !attemptId.isEmpty()) {
      attemptByUniqueId.put(uniqueId, attemptId);
    }
  }

  /** Forgets every channel (a new connection starts from a re-sync). */
  void reset() {
    attemptByUniqueId.clear();
    amdStatusByUniqueId.clear();
  }

  int trackedChannels() {
    return attemptByUniqueId.size();
  }

  /** Our event for an asterisk-java event, or null for the many events the port ignores. */
  PbxEvent translate(ManagerEvent e) {
    // Exact classes only: asterisk-java also sends legacy duplicates (DialEvent, BridgeEvent).
    Class<?> type = e.getClass();
    if (type == VarSetEvent.class) {
      return varSet((VarSetEvent) e);
    }
    if (type == QueueCallerJoinEvent.class) {
      QueueCallerJoinEvent j = (QueueCallerJoinEvent) e;
      return new PbxEvent.CallerJoinedQueue(
          server,
          clock.instant(),
          j.getUniqueId(),
          j.getChannel(),
          j.getQueue(),
          nz(j.getCallerIdNum()),
          intOf(j.getPosition()),
          attempt(j.getUniqueId()));
    }
    if (type == QueueCallerLeaveEvent.class) {
      QueueCallerLeaveEvent l = (QueueCallerLeaveEvent) e;
      return new PbxEvent.CallerLeftQueue(
          server, clock.instant(), l.getUniqueId(), l.getQueue(), intOf(l.getPosition()));
    }
    if (type == QueueCallerAbandonEvent.class) {
      QueueCallerAbandonEvent a = (QueueCallerAbandonEvent) e;
      return new PbxEvent.CallerAbandoned(
          server,
          clock.instant(),
          a.getUniqueId(),
          a.getQueue(),
          intOf(a.getPosition()),
          intOf(a.getOriginalPosition()),
          intOf(a.getHoldTime()));
    }
    if (type == AgentCalledEvent.class) {
      AgentCalledEvent c = (AgentCalledEvent) e;
      return new PbxEvent.AgentRang(
          server,
          clock.instant(),
          c.getUniqueId(),
          c.getQueue(),
          nz(c.getInterface()),
          nz(c.getMemberName()),
          nz(c.getDestChannel()));
    }
    if (type == AgentRingNoAnswerEvent.class) {
      AgentRingNoAnswerEvent r = (AgentRingNoAnswerEvent) e;
      return new PbxEvent.AgentDidNotAnswer(
          server,
          clock.instant(),
          r.getUniqueId(),
          r.getQueue(),
          nz(r.getInterface()),
          longOf(r.getRingtime()));
    }
    if (type == AgentConnectEvent.class) {
      AgentConnectEvent c = (AgentConnectEvent) e;
      return new PbxEvent.AgentConnected(
          server,
          clock.instant(),
          c.getUniqueId(),
          c.getQueue(),
          nz(c.getInterface()),
          nz(c.getDestChannel()),
          longOf(c.getHoldTime()),
          longOf(c.getRingtime()),
          attempt(c.getUniqueId()));
    }
    if (type == AgentCompleteEvent.class) {
      AgentCompleteEvent c = (AgentCompleteEvent) e;
      return new PbxEvent.CallCompleted(
          server,
          clock.instant(),
          c.getUniqueId(),
          c.getQueue(),
          nz(c.getInterface()),
          longOf(c.getHoldTime()),
          longOf(c.getTalkTime()),
          nz(c.getReason()));
    }
    if (type == OriginateResponseEvent.class) {
      return originateOutcome((OriginateResponseEvent) e);
    }
    if (type == QueueMemberStatusEvent.class) {
      QueueMemberStatusEvent s = (QueueMemberStatusEvent) e;
      return new PbxEvent.MemberStatusChanged(
          server,
          clock.instant(),
          s.getQueue(),
          nz(s.getInterface()),
          nz(s.getMemberName()),
          MemberStatus.fromCode(s.getStatus()),
          Boolean.TRUE.equals(s.getPaused()),
          nz(s.getPausedreason()),
          s.getIncall() != null && s.getIncall() > 0,
          intOf(s.getCallsTaken()));
    }
    if (type == QueueMemberAddedEvent.class) {
      QueueMemberAddedEvent a = (QueueMemberAddedEvent) e;
      return new PbxEvent.MemberAdded(
          server,
          clock.instant(),
          a.getQueue(),
          nz(a.getInterface()),
          nz(a.getMemberName()),
          intOf(a.getPenalty()),
          Boolean.TRUE.equals(a.getPaused()));
    }
    if (type == QueueMemberRemovedEvent.class) {
      QueueMemberRemovedEvent r = (QueueMemberRemovedEvent) e;
      return new PbxEvent.MemberRemoved(
          server, clock.instant(), r.getQueue(), nz(r.getInterface()));
    }
    if (type == QueueMemberPauseEvent.class) {
      QueueMemberPauseEvent p = (QueueMemberPauseEvent) e;
      return new PbxEvent.MemberPaused(
          server,
          clock.instant(),
          p.getQueue(),
          nz(p.getInterface()),
          Boolean.TRUE.equals(p.getPaused()),
          nz(p.getPausedreason()));
    }
    if (type == MusicOnHoldStartEvent.class || type == MusicOnHoldStopEvent.class) {
      org.asteriskjava.manager.event.MusicOnHoldEvent m =
          (org.asteriskjava.manager.event.MusicOnHoldEvent) e;
      return new PbxEvent.MusicOnHoldChanged(
          server,
          clock.instant(),
          m.getUniqueId(),
          nz(m.getChannel()),
          type == MusicOnHoldStartEvent.class);
    }
    if (type == BridgeEnterEvent.class) {
      BridgeEnterEvent b = (BridgeEnterEvent) e;
      return new PbxEvent.ChannelBridged(
          server,
          clock.instant(),
          nz(b.getBridgeUniqueId()),
          b.getUniqueId(),
          nz(b.getChannel()),
          intOf(b.getBridgeNumChannels()));
    }
    if (type == ConfbridgeJoinEvent.class) {
      ConfbridgeJoinEvent c = (ConfbridgeJoinEvent) e;
      return new PbxEvent.ConferenceJoined(
          server, clock.instant(), nz(c.getConference()), c.getUniqueId(), nz(c.getChannel()));
    }
    if (type == HangupEvent.class) {
      HangupEvent h = (HangupEvent) e;
      Optional<String> attempt = attempt(h.getUniqueId());
      attemptByUniqueId.remove(h.getUniqueId());
      amdStatusByUniqueId.remove(h.getUniqueId());
      return new PbxEvent.CallHungUp(
          server,
          clock.instant(),
          h.getUniqueId(),
          h.getChannel(),
          intOf(h.getCause()),
          nz(h.getCauseTxt()),
          attempt);
    }
    return null;
  }

  private PbxEvent varSet(VarSetEvent v) {
    String name = v.getVariable();
    if (name == null) {
      return null;
    }
    String uid = v.getUniqueId();
    switch (name) {
      case ATTEMPT_VARIABLE, "_" + ATTEMPT_VARIABLE, "__" + ATTEMPT_VARIABLE -> {
        rememberAttempt(uid, v.getValue());
        return null;
      }
      case "AMDSTATUS" -> {
        amdStatusByUniqueId.put(uid, nz(v.getValue()));
        return null;
      }
      case "AMDCAUSE" -> {
        // app_amd sets AMDSTATUS then AMDCAUSE: the verdict is complete with the second.
        String status = amdStatusByUniqueId.remove(uid);
        return new PbxEvent.MachineVerdict(
            server, clock.instant(), uid, attempt(uid), AmdVerdict.parse(status), nz(v.getValue()));
      }
      case OPT_OUT_VARIABLE -> {
        return optOut(v);
      }
      case "IVR_STEP" -> {
        return menuStep(v);
      }
      case "SURVEY_ANSWER" -> {
        String value = nz(v.getValue());
        int colon = value.indexOf(':');
        if (colon <= 0 || !value.substring(colon + 1).matches("[0-9]")) {
          return null;
        }
        return new PbxEvent.SurveyAnswered(
            server,
            clock.instant(),
            uid,
            value.substring(0, colon),
            Integer.parseInt(value.substring(colon + 1)),
            attempt(uid));
      }
      case "CALLBACK_REQUEST" -> {
        String value = nz(v.getValue());
        int colon = value.indexOf(':');
        return colon <= 0
            ? null
            : new PbxEvent.CallbackRequested(
                server,
                clock.instant(),
                uid,
                nz(v.getChannel()),
                value.substring(0, colon),
                value.substring(colon + 1));
      }
      case "QUEUESTATUS" -> {
        if ("TIMEOUT".equals(v.getValue())) {
          return new PbxEvent.CallerTimedOut(server, clock.instant(), uid, attempt(uid));
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  private PbxEvent optOut(VarSetEvent v) {
    String value = nz(v.getValue());
    int colon = value.lastIndexOf(':');
    String key = colon < 0 ? value : value.substring(colon + 1);
    if (key.isBlank()) {
      return null; // the dialplan clears the variable before the message
    }
    String uid = v.getUniqueId();
    // The value names the attempt itself, so a key press counts even if its channel was not
    // tracked.
    Optional<String> attempt = colon > 0 ? Optional.of(value.substring(0, colon)) : attempt(uid);
    return new PbxEvent.OptOutKeyPressed(server, clock.instant(), uid, attempt, key);
  }

  private PbxEvent menuStep(VarSetEvent v) {
    // menu:input:kind:target, as the generated menus' dialplan writes it
    String[] parts = nz(v.getValue()).split(":", 4);
    if (parts.length < 3) {
      return null;
    }
    return new PbxEvent.MenuStepTaken(
        server,
        clock.instant(),
        v.getUniqueId(),
        nz(v.getChannel()),
        nz(v.getCallerIdNum()),
        parts[0],
        parts[1],
        parts[2],
        parts.length == 4 ? parts[3] : "");
  }

  private PbxEvent originateOutcome(OriginateResponseEvent o) {
    String actionId = o.getActionId();
    if (actionId == null) {
      return null;
    }
    // The ActionID we sent is the attempt id; strip asterisk-java's internal prefix if left on.
    String attemptId = actionId.substring(actionId.indexOf('#') + 1);
    String uid = o.getUniqueId();
    boolean known = uid != null && !uid.isEmpty() && !"<unknown>".equals(uid);
    if (known) {
      rememberAttempt(uid, attemptId);
    }
    int reason = o.getReason() == null ? 0 : o.getReason();
    return new PbxEvent.OriginateOutcome(
        server,
        clock.instant(),
        attemptId,
        o.isSuccess() ? OriginateResult.ANSWERED : OriginateResult.fromReason(reason),
        known ? Optional.of(uid) : Optional.empty(),
        nz(o.getChannel()));
  }

  private Optional<String> attempt(String uniqueId) {
    return uniqueId == null
        ? Optional.empty()
        : Optional.ofNullable(attemptByUniqueId.get(uniqueId));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static int intOf(Integer i) {
    return i == null ? 0 : i;
  }

  private static long longOf(Number n) {
    return n == null ? 0 : n.longValue();
  }
}

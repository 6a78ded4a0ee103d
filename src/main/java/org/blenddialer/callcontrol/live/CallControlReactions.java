package org.blenddialer.callcontrol.live;

import java.time.Instant;
import java.util.ArrayList;
import org.blenddialer.agents.live.AgentStatus;
import org.blenddialer.callcontrol.live.ControlledCall.Party;
import org.blenddialer.callcontrol.live.ControlledCall.State;
import org.blenddialer.telephony.OriginateResult;
import org.blenddialer.telephony.PbxEvent;
import org.blenddialer.telephony.TransferTarget;
import org.jboss.logging.Logger;

/**
 * What call control does when the PBX reports on a call it follows: consultations answered or not,
 * music on hold, parties hanging up, a transferred caller answered from a queue. Runs under {@link
 * CallControl}'s lock.
 */
final class CallControlReactions {

  private static final Logger LOG = Logger.getLogger(CallControlReactions.class);

  private final CallControl control;

  CallControlReactions(CallControl control) {
    this.control = control;
  }

  void apply(PbxEvent event) {
    {
      if (event instanceof PbxEvent.CallerJoinedQueue e) {
        control.joined.put(e.callId(), e);
      } else if (event instanceof PbxEvent.AgentConnected e) {
        control.connected.put(e.callId(), e);
        ControlledCall c = control.calls.get(e.callId());
        if (c != null && c.state == State.QUEUED) {
          answeredFromQueue(c, e);
        }
      } else if (event instanceof PbxEvent.MusicOnHoldChanged e) {
        for (ControlledCall c : control.calls.values()) {
          if (c.callerChannel.equals(e.channel())) {
            c.musicOnHold = e.playing();
          }
        }
      } else if (event instanceof PbxEvent.OriginateOutcome e) {
        for (ControlledCall c : new ArrayList<>(control.calls.values())) {
          for (Party p : c.parties()) {
            if (e.attemptId().equals(p.dialId) && !p.answered) {
              dialled(c, p, e);
            }
          }
        }
      } else if (event instanceof PbxEvent.CallHungUp e) {
        hungUp(e);
      }
    }
  }

  private void answeredFromQueue(ControlledCall c, PbxEvent.AgentConnected e) {
    Party queueParty = c.consultation;
    if (queueParty != null) {
      control.legs().connected(queueParty.legId, e.at());
      control.legs().end(queueParty.legId, e.at(), "TRANSFERRED");
    }
    Long agentId =
        control.sessions().loggedIn().stream()
            .filter(s -> s.device().equals(e.agentInterface()))
            .map(AgentStatus::agentId)
            .findFirst()
            .orElse(null);
    Long leg =
        control
            .legs()
            .open(
                c.server,
                c.callId,
                "AGENT",
                e.agentInterface(),
                agentId,
                "ANSWERED",
                e.at(),
                e.at(),
                null);
    c.owner = new Party(null, null, agentId, leg, e.agentChannel());
    c.owner.answered = true;
    c.consultation = null;
    c.state = State.TALKING;
    c.detached = false;
  }

  private void dialled(ControlledCall c, Party p, PbxEvent.OriginateOutcome e) {
    Instant at = e.at();
    if (e.result() == OriginateResult.ANSWERED) {
      p.channel = e.channel();
      p.answered = true;
      control.legs().connected(p.legId, at);
      if (p.agentId != null
          && !control.follower().handedCall(p.agentId, c.callId, c.queue, c.callerNumber, at)) {
        LOG.warnf("agent %d answered call %s but could not be put on it", p.agentId, c.callId);
      }
      if (c.state == State.TRANSFERRING && p == c.consultation) {
        c.owner = p;
        c.consultation = null;
        c.state = State.TALKING;
      }
      return;
    }
    p.gone = true;
    control.legs().end(p.legId, at, "NOT_ANSWERED");
    if (p == c.consultation && c.state == State.TRANSFERRING) {
      // Nobody took the blind transfer: the caller goes back to the queue they came from.
      toQueue(c, at);
    } else if (p == c.consultation) {
      c.consultation = null;
      c.state = State.HELD;
    } else {
      c.conference.remove(p);
    }
  }

  private void toQueue(ControlledCall c, Instant at) {
    control.quietly(() -> control.pbx().sendToQueue(c.server, c.callerChannel, c.queue));
    Long leg =
        control
            .legs()
            .open(c.server, c.callId, "QUEUE", c.queue, null, "TRANSFERRED", at, null, null);
    c.consultation =
        new Party(
            null, new TransferTarget(TransferTarget.Kind.QUEUE, c.queue, ""), null, leg, null);
    c.state = State.QUEUED;
    c.detached = false;
    c.musicOnHold = false;
    control.follower().releaseFromControl(c.callId);
  }

  private void hungUp(PbxEvent.CallHungUp e) {
    Instant at = e.at();
    for (ControlledCall c : new ArrayList<>(control.calls.values())) {
      if (c.callerChannel.equals(e.channel())) {
        for (Party p : c.parties()) {
          if (p.target == null || p.target.kind() != TransferTarget.Kind.QUEUE) {
            control.partyLeaves(c, p, at, "HUNG_UP");
          } else {
            p.gone = true;
            control.legs().end(p.legId, at, "HUNG_UP");
          }
        }
        control.calls.remove(c.callId);
        control.follower().releaseFromControl(c.callId);
        control.handovers().forget(c.callId);
        continue;
      }
      for (Party p : c.parties()) {
        if (p.channel != null && p.channel.equals(e.channel())) {
          partyHungUp(c, p, at);
        }
      }
    }
    PbxEvent.CallerJoinedQueue j = control.joined.get(e.callId());
    if (j != null && j.channel().equals(e.channel())) {
      control.joined.remove(e.callId());
      control.connected.remove(e.callId());
    }
  }

  private void partyHungUp(ControlledCall c, Party p, Instant at) {
    if (p == c.owner) {
      if (c.state == State.CONSULTING && c.consultation != null && c.consultation.answered) {
        // The agent hung up during an answered consultation: the transfer completes.
        Party to = c.consultation;
        control.quietly(() -> control.pbx().bridge(c.server, c.callerChannel, to.channel));
        control.ownerLeaves(c, at, "TRANSFERRED");
        c.owner = to;
        c.consultation = null;
        c.state = State.TALKING;
      } else if (c.state == State.CONFERENCE) {
        control.ownerLeaves(c, at, "HUNG_UP");
        c.owner =
            c.conference.stream()
                .filter(q -> q.answered && q.agentId != null)
                .findFirst()
                .orElse(null);
        c.conference.remove(c.owner);
      } else if (c.state == State.HELD || c.state == State.CONSULTING) {
        control.ownerLeaves(c, at, "HUNG_UP");
        toQueue(c, at);
      } else {
        control.ownerLeaves(c, at, "HUNG_UP");
        control.quietly(() -> control.pbx().hangup(c.server, c.callerChannel));
      }
    } else if (p == c.consultation) {
      control.partyLeaves(c, p, at, "HUNG_UP");
      c.consultation = null;
      if (c.state == State.CONSULTING) {
        c.state = State.HELD;
      }
    } else {
      control.partyLeaves(c, p, at, "HUNG_UP");
      c.conference.remove(p);
    }
  }
}

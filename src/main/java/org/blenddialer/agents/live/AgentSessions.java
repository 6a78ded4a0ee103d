package org.blenddialer.agents.live;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.blenddialer.acd.live.LiveEvent;
import org.blenddialer.acd.live.LiveFeed;
import org.blenddialer.acd.persistence.PauseReason;
import org.blenddialer.agents.persistence.Agent;
import org.blenddialer.core.agent.AgentMode;
import org.blenddialer.core.agent.AgentState;
import org.blenddialer.core.agent.AgentView;
import org.blenddialer.platform.error.ConflictProblem;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.QueueMembership;

/**
 * The live agent sessions: log in (queue memberships in the PBX), pause with a configured reason,
 * modes, wrap-up, and logout. Every request is checked before anything changes, and the PBX is told
 * before our own state moves, so a refused request leaves both as they were. Telephony events move
 * the state as the PBX reports it ({@link AgentCallFollower}).
 */
@ApplicationScoped
public class AgentSessions {

  private final Object lock = new Object();
  private final Map<Long, LiveAgent> byId = new HashMap<>();
  private final Pbx pbx;
  private final InstantSource clock;
  private final AgentRoster roster;
  private final LiveFeed feed;

  AgentSessions(Pbx pbx, InstantSource clock, AgentRoster roster, LiveFeed feed) {
    this.pbx = pbx;
    this.roster = roster;
    this.clock = clock;
    this.feed = feed;
  }

  /** Logs an agent in: memberships of their queues in the PBX, then the session. */
  public AgentStatus logIn(long agentId, AgentMode mode, List<String> onlyQueues, String by) {
    AgentRoster.Definition d = roster.definition(agentId);
    if (!d.active()) {
      throw new ConflictProblem("agent " + agentId + " is deactivated");
    }
    if (mode == null) {
      throw InvalidInputProblem.ofField("mode", "choose INBOUND, OUTBOUND or BLENDED");
    }
    if (!d.allowed().contains(mode)) {
      throw InvalidInputProblem.ofField(
          "mode", mode + " is not allowed for this agent; allowed: " + d.allowed());
    }
    synchronized (lock) {
      LiveAgent existing = byId.get(agentId);
      if (existing != null) {
        throw new ConflictProblem(
            "agent "
                + agentId
                + " is already logged in on "
                + existing.device
                + " since "
                + existing.loggedInAt);
      }
      for (LiveAgent other : byId.values()) {
        if (other.device.equals(d.device())) {
          throw new ConflictProblem("device " + d.device() + " is in use by " + other.username);
        }
      }
      List<Membership> memberships = roster.membershipsFor(d, mode, onlyQueues);
      double now = seconds();
      LiveAgent agent =
          new LiveAgent(
              d.id(),
              d.username(),
              d.displayName(),
              d.device(),
              pbx.defaultServer(),
              mode,
              clock.instant(),
              now);
      agent.machine.logIn(now);
      List<Membership> added = new ArrayList<>();
      try {
        for (Membership m : memberships) {
          m.paused = agent.wantsPaused(m);
          m.pauseReason = m.paused ? agent.pauseReasonFor(m) : "";
          pbx.addQueueMember(
              agent.server,
              new QueueMembership(m.queue, agent.device, agent.displayName, m.penalty, m.paused));
          added.add(m);
        }
      } catch (RuntimeException e) {
        added.forEach(m -> quietlyRemove(agent, m));
        throw e;
      }
      agent.memberships.addAll(memberships);
      byId.put(agentId, agent);
      changed(agent, "logged in by " + by);
      return status(agent);
    }
  }

  /** Logs an agent out; only between calls. */
  public AgentStatus logOut(long agentId, String by) {
    synchronized (lock) {
      LiveAgent agent = require(agentId);
      AgentState s = agent.state();
      if (s != AgentState.IDLE && s != AgentState.PAUSED) {
        throw AgentProblems.illegalState("cannot log out while " + s + ": finish the call first");
      }
      for (Membership m : agent.memberships) {
        pbx.removeQueueMember(agent.server, m.queue, agent.device);
      }
      agent.account(seconds());
      agent.machine.logOut(seconds());
      byId.remove(agentId);
      publish(agent, "logged out by " + by);
      return status(agent);
    }
  }

  /** Pauses an agent in every queue with a reason from the configured list. */
  public AgentStatus pause(long agentId, String reasonCode, String by) {
    PauseReason reason = roster.pauseReason(reasonCode);
    synchronized (lock) {
      LiveAgent agent = require(agentId);
      AgentState s = agent.state();
      if (s != AgentState.IDLE && s != AgentState.WRAP_UP) {
        throw AgentProblems.illegalState("cannot pause while " + s);
      }
      agent.account(seconds());
      agent.pauseReason = reason.code;
      agent.machine.pause(reason.code, seconds());
      agent.wrapUpUntil = Double.NaN;
      applyPauses(agent);
      changed(agent, "paused (" + reason.code + ") by " + by);
      return status(agent);
    }
  }

  /** Ends a pause: memberships go back to what the agent's mode asks. */
  public AgentStatus unpause(long agentId, String by) {
    synchronized (lock) {
      LiveAgent agent = require(agentId);
      if (agent.state() != AgentState.PAUSED) {
        throw AgentProblems.illegalState("cannot unpause while " + agent.state());
      }
      agent.account(seconds());
      agent.machine.resume(seconds());
      agent.pauseReason = null;
      applyPauses(agent);
      changed(agent, "unpaused by " + by);
      return status(agent);
    }
  }

  /** The agent is done writing up the last call. */
  public AgentStatus endWrapUp(long agentId) {
    synchronized (lock) {
      LiveAgent agent = require(agentId);
      if (agent.state() != AgentState.WRAP_UP) {
        throw AgentProblems.illegalState("not in wrap-up but " + agent.state());
      }
      finishWrapUp(agent, seconds());
      return status(agent);
    }
  }

  /**
   * Changes the mode an agent works in (by the agent within what the administrator allows, or by a
   * supervisor); only between calls. Memberships follow: inbound-only agents leave campaign queues,
   * outbound-only agents leave inbound queues.
   */
  public AgentStatus changeWorkMode(long agentId, AgentMode mode, String by) {
    if (mode == null) {
      throw InvalidInputProblem.ofField("mode", "choose INBOUND, OUTBOUND or BLENDED");
    }
    AgentRoster.Definition d = roster.definition(agentId);
    if (!d.allowed().contains(mode)) {
      throw InvalidInputProblem.ofField(
          "mode", mode + " is not allowed for this agent; allowed: " + d.allowed());
    }
    synchronized (lock) {
      LiveAgent old = require(agentId);
      AgentState s = old.state();
      if (s != AgentState.IDLE && s != AgentState.PAUSED) {
        throw AgentProblems.illegalState("cannot change mode while " + s);
      }
      if (old.workMode == mode) {
        return status(old);
      }
      double now = seconds();
      List<String> current = old.memberships.stream().map(m -> m.queue).toList();
      List<Membership> wanted = roster.membershipsFor(d, mode, null);
      LiveAgent agent =
          new LiveAgent(
              old.agentId,
              old.username,
              old.displayName,
              old.device,
              old.server,
              mode,
              old.loggedInAt,
              now);
      agent.machine.logIn(now);
      if (s == AgentState.PAUSED) {
        agent.pauseReason = old.pauseReason;
        agent.machine.pause(old.pauseReason, now);
      }
      agent.calls = old.calls;
      agent.handleSeconds = old.handleSeconds;
      old.account(now);
      agent.busySeconds = old.busySeconds;
      agent.availableSeconds = old.availableSeconds;
      for (Membership m : old.memberships) {
        if (wanted.stream().noneMatch(w -> w.queue.equals(m.queue))) {
          pbx.removeQueueMember(old.server, m.queue, old.device);
        }
      }
      for (Membership w : wanted) {
        Membership had =
            old.memberships.stream().filter(m -> m.queue.equals(w.queue)).findFirst().orElse(null);
        w.paused = had != null && had.paused;
        w.pauseReason = had == null ? "" : had.pauseReason;
        if (!current.contains(w.queue)) {
          w.paused = agent.wantsPaused(w);
          w.pauseReason = w.paused ? agent.pauseReasonFor(w) : "";
          pbx.addQueueMember(
              agent.server,
              new QueueMembership(w.queue, agent.device, agent.displayName, w.penalty, w.paused));
        }
        agent.memberships.add(w);
      }
      byId.put(agentId, agent);
      applyPauses(agent);
      roster.recordModeSwitch(
          agentId, old.machine.mode(), agent.machine.mode(), by, "work mode " + mode);
      changed(agent, "mode " + mode + " set by " + by);
      return status(agent);
    }
  }

  /** The agent's live status, or a logged-out status. */
  public AgentStatus status(long agentId) {
    synchronized (lock) {
      LiveAgent agent = byId.get(agentId);
      if (agent != null) {
        return status(agent);
      }
    }
    AgentRoster.Definition d = roster.definition(agentId);
    return AgentStatus.loggedOut(d.id(), d.username(), d.displayName(), d.device());
  }

  /** Every logged-in agent, by display name. */
  public List<AgentStatus> loggedIn() {
    synchronized (lock) {
      return byId.values().stream()
          .sorted(Comparator.comparing(a -> a.displayName))
          .map(this::status)
          .toList();
    }
  }

  /** Whether the agent is logged in. */
  public boolean isLoggedIn(long agentId) {
    synchronized (lock) {
      return byId.containsKey(agentId);
    }
  }

  /**
   * Runs a decision over the logged-in agents (their core views) and applies the mode changes it
   * returns, atomically with respect to every other change; returns the changes applied.
   */
  public List<ModeChange> blend(Function<List<? extends AgentView>, List<ModeChange>> decide) {
    synchronized (lock) {
      List<ModeChange> applied = new ArrayList<>();
      for (ModeChange change :
          decide.apply(byId.values().stream().map(SkilledAgentView::of).toList())) {
        LiveAgent agent = byId.get(change.agentId());
        if (agent == null || agent.machine.mode() == change.to()) {
          continue;
        }
        AgentMode from = agent.machine.mode();
        agent.machine.switchMode(change.to(), seconds());
        applyPauses(agent);
        roster.recordModeSwitch(agent.agentId, from, change.to(), "blending", change.reason());
        changed(agent, "blending: " + change.to());
        applied.add(new ModeChange(agent.agentId, from, change.to(), change.reason()));
      }
      return applied;
    }
  }

  /**
   * Makes sure a preview call of this agent's can reach them in the campaign's queue: they must be
   * a member of it, with their own penalty (memberships made before the campaign became a preview
   * campaign get it now, by QueuePenalty). False when the agent is not logged in or not a member.
   */
  public boolean readyForPreview(long agentId, String campaignQueue) {
    synchronized (lock) {
      LiveAgent agent = byId.get(agentId);
      if (agent == null) {
        return false;
      }
      int penalty = org.blenddialer.core.campaign.PreviewRouting.memberPenalty(agentId);
      for (Membership m : agent.memberships) {
        if (m.kind == Membership.Kind.OUTBOUND && m.queue.equals(campaignQueue)) {
          if (m.penalty != penalty) {
            pbx.setQueueMemberPenalty(agent.server, m.queue, agent.device, penalty);
            m.penalty = penalty;
          }
          return true;
        }
      }
      return false;
    }
  }

  /** A mode switch blending asks for or made. */
  public record ModeChange(long agentId, AgentMode from, AgentMode to, String reason) {}

  // ---- used by the call follower and the reconciler, under the lock

  /**
   * Takes over a session the PBX still has but we do not (the service restarted while the agent
   * stayed a queue member): the agent is logged in as the PBX shows them.
   *
   * @param found the agent's memberships in the PBX by queue, with whether each is inbound
   */
  LiveAgent adopt(String server, String device, Map<String, Boolean> found, double now) {
    AgentRoster.Definition d =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    Agent.<Agent>find("device = ?1 and active = true", device)
                        .firstResultOptional()
                        .map(
                            a ->
                                new AgentRoster.Definition(
                                    a.id,
                                    a.user.username,
                                    a.displayName,
                                    a.device,
                                    a.active,
                                    a.allowedModes(),
                                    List.copyOf(a.skills)))
                        .orElse(null));
    if (d == null || byId.containsKey(d.id())) {
      return null;
    }
    boolean inbound = found.containsValue(true);
    boolean outbound = found.containsValue(false);
    AgentMode mode =
        inbound && outbound ? AgentMode.BLENDED : inbound ? AgentMode.INBOUND : AgentMode.OUTBOUND;
    if (!d.allowed().contains(mode)) {
      mode =
          d.allowed().contains(AgentMode.BLENDED)
              ? AgentMode.BLENDED
              : d.allowed().iterator().next();
    }
    LiveAgent agent =
        new LiveAgent(
            d.id(), d.username(), d.displayName(), device, server, mode, clock.instant(), now);
    agent.machine.logIn(now);
    found.forEach(
        (queue, isInbound) ->
            agent.memberships.add(
                new Membership(
                    queue,
                    isInbound ? Membership.Kind.INBOUND : Membership.Kind.OUTBOUND,
                    0,
                    false)));
    byId.put(d.id(), agent);
    return agent;
  }

  Object lock() {
    return lock;
  }

  Map<Long, LiveAgent> sessions() {
    return byId;
  }

  LiveAgent onDevice(String server, String device) {
    for (LiveAgent a : byId.values()) {
      if (a.device.equals(device) && a.server.equals(server)) {
        return a;
      }
    }
    return null;
  }

  void finishWrapUp(LiveAgent agent, double now) {
    agent.account(now);
    if (agent.call != null && agent.call.answeredAt() != null) {
      agent.handleSeconds += Math.max(0, now - agent.machine.stateSince());
    }
    agent.machine.finishWrapUp(now);
    agent.call = null;
    agent.wrapUpUntil = Double.NaN;
    changed(agent, "wrap-up done");
  }

  /** Brings each membership's pause in the PBX to what the agent's state and mode ask. */
  void applyPauses(LiveAgent agent) {
    for (Membership m : agent.memberships) {
      boolean want = agent.wantsPaused(m);
      String reason = want ? agent.pauseReasonFor(m) : "";
      if (m.paused != want || (want && !reason.equals(m.pauseReason))) {
        pbx.pauseQueueMember(agent.server, m.queue, agent.device, want, reason);
        m.paused = want;
        m.pauseReason = reason;
      }
    }
  }

  void changed(LiveAgent agent, String why) {
    publish(agent, why);
  }

  private void publish(LiveAgent agent, String why) {
    feed.publish(new LiveEvent("agent-state", agent.agentId, clock.instant(), status(agent)));
  }

  double seconds() {
    Instant now = clock.instant();
    return now.getEpochSecond() + now.getNano() / 1e9;
  }

  AgentStatus status(LiveAgent a) {
    double now = seconds();
    a.account(now);
    Instant since =
        Instant.ofEpochSecond(
            (long) Math.floor(a.machine.stateSince()),
            (long) ((a.machine.stateSince() - Math.floor(a.machine.stateSince())) * 1e9));
    double occupancy = a.availableSeconds > 0 ? a.busySeconds / a.availableSeconds : -1;
    return new AgentStatus(
        a.agentId,
        a.username,
        a.displayName,
        a.device,
        a.workMode,
        a.machine.mode(),
        a.state(),
        since,
        Math.max(0, now - a.machine.stateSince()),
        a.pauseReason,
        a.call,
        a.memberships.stream()
            .map(
                m ->
                    new AgentStatus.QueueMembershipView(
                        m.queue, m.kind.name(), m.penalty, m.paused, m.pauseReason))
            .toList(),
        a.loggedInAt,
        a.calls,
        a.handleSeconds,
        occupancy < 0 ? null : occupancy);
  }

  private LiveAgent require(long agentId) {
    LiveAgent agent = byId.get(agentId);
    if (agent == null) {
      roster.definition(agentId);
      throw AgentProblems.notLoggedIn(agentId);
    }
    return agent;
  }

  private void quietlyRemove(LiveAgent agent, Membership m) {
    try {
      pbx.removeQueueMember(agent.server, m.queue, agent.device);
    } catch (RuntimeException ignored) {
      // The add it undoes may not have happened; the PBX then has nothing to remove.
    }
  }
}

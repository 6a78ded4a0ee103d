package org.blenddialer.callcontrol.live;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.blenddialer.callcontrol.persistence.CallLeg;
import org.jboss.logging.Logger;

/** Writes and reads the legs of calls under agent call control (table {@code call_leg}). */
@ApplicationScoped
public class CallLegs {

  private static final Logger LOG = Logger.getLogger(CallLegs.class);

  /**
   * One leg as the API shows it.
   *
   * @param seq 1 for the agent who answered, then in order
   * @param partyKind AGENT, QUEUE or EXTERNAL
   * @param party the agent's phone, the queue or the number
   * @param agentId the agent, for an agent's leg
   * @param role ANSWERED, CONSULTED, TRANSFERRED or CONFERENCE
   * @param startedAt when the leg began (dialled, or the call handed over)
   * @param connectedAt when the party was connected (null if never)
   * @param endedAt when their part ended (null while it lasts)
   * @param endedHow TRANSFERRED, CONFERENCE, HUNG_UP, CANCELLED or NOT_ANSWERED
   * @param note the note handed to this party
   */
  public record LegView(
      int seq,
      String partyKind,
      String party,
      Long agentId,
      String role,
      Instant startedAt,
      Instant connectedAt,
      Instant endedAt,
      String endedHow,
      String note) {}

  /** Opens a leg; returns its id (or null when it could not be written: the call goes on). */
  Long open(
      String server,
      String callId,
      String partyKind,
      String party,
      Long agentId,
      String role,
      Instant startedAt,
      Instant connectedAt,
      String note) {
    try {
      return QuarkusTransaction.requiringNew()
          .call(
              () -> {
                CallLeg l = new CallLeg();
                l.pbxServer = server;
                l.callId = callId;
                l.seq = (int) CallLeg.count("pbxServer = ?1 and callId = ?2", server, callId) + 1;
                l.partyKind = partyKind;
                l.party = party.length() > 120 ? party.substring(0, 120) : party;
                l.agentId = agentId;
                l.role = role;
                l.startedAt = startedAt;
                l.connectedAt = connectedAt;
                l.note = note == null || note.isBlank() ? null : note;
                l.persist();
                return l.id;
              });
    } catch (RuntimeException e) {
      LOG.warnf("call leg of %s could not be recorded: %s", callId, e.getMessage());
      return null;
    }
  }

  /** Marks a leg connected. */
  void connected(Long legId, Instant at) {
    update(legId, l -> l.connectedAt = l.connectedAt == null ? at : l.connectedAt);
  }

  /** Changes a leg's role (a consultation that became a conference). */
  void role(Long legId, String role) {
    update(legId, l -> l.role = role);
  }

  /** Ends a leg (once). */
  void end(Long legId, Instant at, String how) {
    update(
        legId,
        l -> {
          if (l.endedAt == null) {
            l.endedAt = at;
            l.endedHow = how;
          }
        });
  }

  private void update(Long legId, java.util.function.Consumer<CallLeg> change) {
    if (legId == null) {
      return;
    }
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                CallLeg l = CallLeg.findById(legId);
                if (l != null) {
                  change.accept(l);
                }
              });
    } catch (RuntimeException e) {
      LOG.warnf("call leg %d could not be updated: %s", legId, e.getMessage());
    }
  }

  /** The legs of a call, in order (every server's, when {@code server} is null). */
  public List<LegView> of(String server, String callId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (server == null
                        ? CallLeg.<CallLeg>find("callId", Sort.ascending("seq"), callId)
                        : CallLeg.<CallLeg>find(
                            "pbxServer = ?1 and callId = ?2",
                            Sort.ascending("seq"),
                            server,
                            callId))
                    .stream()
                        .map(
                            l ->
                                new LegView(
                                    l.seq,
                                    l.partyKind,
                                    l.party,
                                    l.agentId,
                                    l.role,
                                    l.startedAt,
                                    l.connectedAt,
                                    l.endedAt,
                                    l.endedHow,
                                    l.note))
                        .toList());
  }
}

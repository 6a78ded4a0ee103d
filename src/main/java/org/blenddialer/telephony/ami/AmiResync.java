package org.blenddialer.telephony.ami;

import java.io.IOException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asteriskjava.manager.EventTimeoutException;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.GetVarAction;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.action.QueueSummaryAction;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.QueueEntryEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.event.QueueParamsEvent;
import org.asteriskjava.manager.event.QueueSummaryEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.response.ManagerResponse;
import org.blenddialer.telephony.MemberStatus;
import org.blenddialer.telephony.PbxEvent;

/**
 * Rebuilds a server's state from the server itself (CoreShowChannels, QueueStatus, QueueSummary)
 * after every (re)connect, before the link may report ready: events missed while disconnected are
 * never trusted to be replayed.
 */
final class AmiResync {

  /** Above this many channels the attempt ids are not fetched one by one (a Getvar each). */
  private static final int MAX_GETVAR = 2000;

  private AmiResync() {}

  /** The snapshot, and the attempt id of each live channel (by Uniqueid) where one was set. */
  record Result(PbxEvent.Resynced snapshot, Map<String, String> attempts) {}

  static Result run(String server, ManagerConnection c, long timeoutMillis, InstantSource clock)
      throws IOException, EventTimeoutException, TimeoutException {
    List<PbxEvent.ActiveChannel> channels = new ArrayList<>();
    ResponseEvents shown = c.sendEventGeneratingAction(new CoreShowChannelsAction(), timeoutMillis);
    for (ResponseEvent e : shown.getEvents()) {
      if (e instanceof CoreShowChannelEvent ch) {
        channels.add(
            new PbxEvent.ActiveChannel(
                ch.getChannel(),
                ch.getUniqueid(),
                nz(ch.getLinkedid()),
                nz(ch.getChannelStateDesc()),
                nz(ch.getApplication()),
                nz(ch.getCallerIdNum()),
                nz(ch.getDuration())));
      }
    }
    Map<String, String> attempts = new LinkedHashMap<>();
    if (channels.size() <= MAX_GETVAR) {
      for (PbxEvent.ActiveChannel ch : channels) {
        ManagerResponse r =
            c.sendAction(
                new GetVarAction(ch.channel(), AmiEventTranslator.ATTEMPT_VARIABLE), timeoutMillis);
        String attempt = r.getAttribute("Value");
        if (attempt != null && !attempt.isEmpty()) {
          attempts.put(ch.callId(), attempt);
        }
      }
    }

    Map<String, QueueBuilder> queues = new LinkedHashMap<>();
    ResponseEvents status = c.sendEventGeneratingAction(new QueueStatusAction(), timeoutMillis);
    for (ResponseEvent e : status.getEvents()) {
      if (e instanceof QueueParamsEvent p) {
        queues.computeIfAbsent(p.getQueue(), QueueBuilder::new).params = p;
      } else if (e instanceof QueueMemberEvent m) {
        queues
            .computeIfAbsent(m.getQueue(), QueueBuilder::new)
            .members
            .add(
                new PbxEvent.MemberState(
                    nz(m.getInterface()),
                    nz(m.getMemberName() != null ? m.getMemberName() : m.getName()),
                    MemberStatus.fromCode(m.getStatus()),
                    Boolean.TRUE.equals(m.getPaused()),
                    nz(m.getPausedreason()),
                    m.getIncall() != null && m.getIncall() > 0,
                    m.getCallsTaken() == null ? 0 : m.getCallsTaken(),
                    m.getPenalty() == null ? 0 : m.getPenalty()));
      } else if (e instanceof QueueEntryEvent q) {
        queues.computeIfAbsent(q.getQueue(), QueueBuilder::new).waiting.add(q.getUniqueId());
      }
    }
    ResponseEvents summary = c.sendEventGeneratingAction(new QueueSummaryAction(), timeoutMillis);
    for (ResponseEvent e : summary.getEvents()) {
      if (e instanceof QueueSummaryEvent s) {
        queues.computeIfAbsent(s.getQueue(), QueueBuilder::new).summary = s;
      }
    }
    List<PbxEvent.QueueState> states = new ArrayList<>();
    for (QueueBuilder b : queues.values()) {
      states.add(b.build());
    }
    return new Result(
        new PbxEvent.Resynced(server, clock.instant(), channels, states, attempts), attempts);
  }

  private static final class QueueBuilder {
    final String name;
    QueueParamsEvent params;
    QueueSummaryEvent summary;
    final List<PbxEvent.MemberState> members = new ArrayList<>();
    final List<String> waiting = new ArrayList<>();

    QueueBuilder(String name) {
      this.name = name;
    }

    PbxEvent.QueueState build() {
      return new PbxEvent.QueueState(
          name,
          params == null ? "" : nz(params.getStrategy()),
          params == null ? waiting.size() : n(params.getCalls()),
          params == null ? 0 : n(params.getCompleted()),
          params == null ? 0 : n(params.getAbandoned()),
          params == null ? 0 : n(params.getHoldTime()),
          params == null ? 0 : n(params.getTalkTime()),
          params == null || params.getServiceLevelPerf() == null
              ? 0.0
              : params.getServiceLevelPerf(),
          summary == null ? members.size() : n(summary.getLoggedIn()),
          summary == null ? 0 : n(summary.getAvailable()),
          summary == null ? 0 : n(summary.getLongestHoldTime()),
          members,
          waiting);
    }
  }

  private static int n(Integer i) {
    return i == null ? 0 : i;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}

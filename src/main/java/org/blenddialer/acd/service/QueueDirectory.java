package org.blenddialer.acd.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.blenddialer.acd.persistence.InboundQueue;
import org.blenddialer.campaigns.persistence.Campaign;
import org.blenddialer.core.campaign.CampaignState;

/**
 * The queue definitions the live side consults on every event, read from the database at most every
 * couple of seconds: inbound queues by Asterisk name, and the campaign queues agents join for
 * outbound connects.
 */
@ApplicationScoped
public class QueueDirectory {

  private static final Duration FRESH_FOR = Duration.ofSeconds(2);

  private final InstantSource clock;
  private volatile Snapshot snapshot;

  QueueDirectory(InstantSource clock) {
    this.clock = clock;
  }

  /** An inbound queue as the live side needs it. */
  public record QueueInfo(
      long id,
      String name,
      String asteriskQueue,
      int serviceLevelPercent,
      int serviceLevelSeconds,
      int wrapUpSeconds,
      boolean recording,
      boolean active) {}

  /**
   * A campaign queue, the inbound queues whose agents serve the campaign, and whether it is a
   * preview campaign's (its members get penalties of their own: {@code
   * core.campaign.PreviewRouting}).
   */
  public record CampaignQueue(String asteriskQueue, Set<Long> skillQueueIds, boolean preview) {}

  private record Snapshot(
      Instant loadedAt, Map<String, QueueInfo> inbound, List<CampaignQueue> campaigns) {}

  /** Active and inactive inbound queues by Asterisk queue name. */
  public Map<String, QueueInfo> inboundQueues() {
    return current().inbound();
  }

  /** The inbound queue with this Asterisk name. */
  public Optional<QueueInfo> inbound(String asteriskQueue) {
    return Optional.ofNullable(current().inbound().get(asteriskQueue));
  }

  /** Campaign queues (of campaigns not stopped or archived) that serve any of these queues. */
  public List<String> campaignQueuesServing(Set<Long> inboundQueueIds) {
    List<String> out = new ArrayList<>();
    for (CampaignQueue c : campaignsServing(inboundQueueIds)) {
      out.add(c.asteriskQueue());
    }
    return out;
  }

  /** The campaign queues (one per Asterisk queue) whose campaigns these skills may work. */
  public List<CampaignQueue> campaignsServing(Set<Long> inboundQueueIds) {
    Map<String, CampaignQueue> out = new java.util.LinkedHashMap<>();
    for (CampaignQueue c : current().campaigns()) {
      if (c.skillQueueIds().stream().anyMatch(inboundQueueIds::contains)) {
        // A queue shared by a preview campaign gives its members their own penalties.
        out.merge(
            c.asteriskQueue(),
            c,
            (a, b) ->
                new CampaignQueue(
                    a.asteriskQueue(), a.skillQueueIds(), a.preview() || b.preview()));
      }
    }
    return new ArrayList<>(out.values());
  }

  /** Forgets the cached definitions (after an administrator changed them, or in tests). */
  public void refresh() {
    snapshot = null;
  }

  /** A queue or campaign definition changed; fired inside the transaction that changes it. */
  public record DefinitionsChanged(String what, long id) {}

  /**
   * Forgets the cached definitions once the change is committed (or rolled back), so that the next
   * login or event sees it at once instead of up to two seconds later, and no reader can cache the
   * old state again between the refresh and the commit.
   */
  void onDefinitionsChanged(
      @Observes(during = TransactionPhase.AFTER_COMPLETION) DefinitionsChanged change) {
    refresh();
  }

  private Snapshot current() {
    Snapshot s = snapshot;
    Instant now = clock.instant();
    if (s == null || s.loadedAt().plus(FRESH_FOR).isBefore(now)) {
      s = QuarkusTransaction.requiringNew().call(() -> load(now));
      snapshot = s;
    }
    return s;
  }

  private static Snapshot load(Instant now) {
    Map<String, QueueInfo> inbound = new LinkedHashMap<>();
    for (InboundQueue q : InboundQueue.<InboundQueue>listAll()) {
      inbound.put(
          q.asteriskQueue,
          new QueueInfo(
              q.id,
              q.name,
              q.asteriskQueue,
              q.serviceLevelPercent,
              q.serviceLevelSeconds,
              q.wrapUpSeconds,
              q.recording,
              q.active));
    }
    List<CampaignQueue> campaigns = new ArrayList<>();
    for (Campaign c : Campaign.<Campaign>listAll()) {
      if (c.state != CampaignState.STOPPED && c.state != CampaignState.ARCHIVED) {
        campaigns.add(
            new CampaignQueue(
                c.asteriskQueue,
                new HashSet<>(c.skillQueueIds),
                c.dialMode == org.blenddialer.core.campaign.DialMode.PREVIEW));
      }
    }
    return new Snapshot(now, Map.copyOf(inbound), List.copyOf(campaigns));
  }
}

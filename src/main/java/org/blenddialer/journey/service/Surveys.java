package org.blenddialer.journey.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.blenddialer.acd.persistence.InboundCallRecord;
import org.blenddialer.acd.persistence.InboundQueue;
import org.blenddialer.campaigns.persistence.Campaign;
import org.blenddialer.journey.persistence.QueueSurveyRecord;
import org.blenddialer.journey.persistence.SurveyAnswerRecord;
import org.blenddialer.platform.error.NotFoundProblem;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxEvent;
import org.jboss.logging.Logger;

/**
 * The post-call survey: which queues and campaigns ask it, the answers stored with the call (and a
 * campaign's call attempt) and its agent, and customer satisfaction (CSAT) per queue, agent, day
 * and campaign.
 */
@ApplicationScoped
public class Surveys {

  private static final Logger LOG = Logger.getLogger(Surveys.class);

  private final Pbx pbx;
  private final InstantSource clock;
  private ExecutorService thread;
  private Pbx.Subscription subscription;

  Surveys(Pbx pbx, InstantSource clock) {
    this.pbx = pbx;
    this.clock = clock;
  }

  /**
   * Satisfaction of a group of answers.
   *
   * @param answers how many callers answered
   * @param satisfied answers of 4 or 5
   * @param csat satisfied / answers (0 without answers)
   * @param averageScore mean score, 1 to 5
   */
  public record Csat(long answers, long satisfied, double csat, double averageScore) {}

  /**
   * CSAT per queue, per agent id ("none" when unknown), per day (UTC) and per campaign id (answers
   * to campaigns' surveys only) over a period.
   */
  public record CsatReport(
      Csat overall,
      Map<String, Csat> byQueue,
      Map<String, Csat> byAgent,
      Map<String, Csat> byDay,
      Map<String, Csat> byCampaign) {}

  /** The survey extension of a campaign in [dialer-survey] (queues use their own name). */
  public static final String CAMPAIGN_PREFIX = "campaign-";

  void start(@Observes @Priority(3700) StartupEvent event) {
    thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "surveys");
              t.setDaemon(true);
              return t;
            });
    subscription =
        pbx.subscribe(
            e -> {
              if (e instanceof PbxEvent.SurveyAnswered s) {
                thread.execute(() -> record(s));
              }
            });
  }

  void stop(@Observes ShutdownEvent event) {
    if (subscription != null) {
      subscription.close();
    }
    if (thread != null) {
      thread.shutdownNow();
    }
  }

  /** Turns a queue's survey on or off. */
  @Transactional
  public boolean set(String queue, boolean enabled) {
    if (InboundQueue.find("asteriskQueue", queue).firstResultOptional().isEmpty()) {
      throw new NotFoundProblem("Queue", queue);
    }
    QueueSurveyRecord r =
        QueueSurveyRecord.<QueueSurveyRecord>find("asteriskQueue", queue)
            .firstResultOptional()
            .orElseGet(QueueSurveyRecord::new);
    r.asteriskQueue = queue;
    r.enabled = enabled;
    r.updatedAt = clock.instant();
    r.persist();
    return enabled;
  }

  /** Queues whose callers hear the survey. */
  @Transactional
  public List<String> enabledQueues() {
    return QueueSurveyRecord.<QueueSurveyRecord>list("enabled", true).stream()
        .map(r -> r.asteriskQueue)
        .sorted()
        .toList();
  }

  /**
   * The [dialer-survey] extensions of campaigns that ask the survey ({@code campaign-<id>}): the
   * outbound dialplan sends the called person there after the agent hung up.
   */
  @Transactional
  public List<String> enabledCampaigns() {
    return Campaign.<Campaign>list("postCallSurvey", true).stream()
        .filter(c -> c.state != org.blenddialer.core.campaign.CampaignState.ARCHIVED)
        .map(c -> CAMPAIGN_PREFIX + c.id)
        .sorted()
        .toList();
  }

  private void record(PbxEvent.SurveyAnswered s) {
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                SurveyAnswerRecord a = new SurveyAnswerRecord();
                a.pbxServer = s.server();
                a.callId = s.callId();
                a.queue = s.queue();
                a.score = Math.max(1, Math.min(5, s.score()));
                a.answeredAt = s.at();
                if (s.queue().startsWith(CAMPAIGN_PREFIX)) {
                  campaignAnswer(a, s);
                  a.persist();
                  return;
                }
                InboundCallRecord call =
                    InboundCallRecord.<InboundCallRecord>find(
                            "pbxServer = ?1 and callId = ?2", s.server(), s.callId())
                        .firstResult();
                if (call != null) {
                  a.agentId = call.agentId;
                  a.agentDevice = call.agentDevice;
                }
                a.persist();
              });
    } catch (RuntimeException e) {
      LOG.warnf("survey answer of %s not recorded: %s", s.callId(), e.getMessage());
    }
  }

  /** A campaign's answer: kept with the call attempt, its agent and the campaign's queue. */
  private static void campaignAnswer(SurveyAnswerRecord a, PbxEvent.SurveyAnswered s) {
    long campaignId = Long.parseLong(s.queue().substring(CAMPAIGN_PREFIX.length()));
    a.campaignId = campaignId;
    Campaign c = Campaign.findById(campaignId);
    if (c != null) {
      a.queue = c.asteriskQueue;
    }
    if (s.attemptId().isPresent() && s.attemptId().get().matches("[0-9]{1,18}")) {
      long attempt = Long.parseLong(s.attemptId().get());
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
              .createNativeQuery(
                  "SELECT id, agent_id, agent_interface FROM call_attempt"
                      + " WHERE id = ?1 AND campaign_id = ?2")
              .setParameter(1, attempt)
              .setParameter(2, campaignId)
              .getResultList();
      if (!rows.isEmpty()) {
        a.attemptId = attempt;
        Object agent = rows.get(0)[1];
        a.agentId = agent == null ? null : ((Number) agent).longValue();
        a.agentDevice = (String) rows.get(0)[2];
      }
    }
  }

  /** CSAT over [from, to). */
  @Transactional
  public CsatReport csat(Instant from, Instant to) {
    List<SurveyAnswerRecord> rows =
        SurveyAnswerRecord.list("answeredAt >= ?1 and answeredAt < ?2", from, to);
    return new CsatReport(
        csat(rows),
        group(rows, r -> r.queue),
        group(rows, r -> r.agentId == null ? "none" : Long.toString(r.agentId)),
        group(rows, r -> LocalDate.ofInstant(r.answeredAt, ZoneId.of("UTC")).toString()),
        group(
            rows.stream().filter(r -> r.campaignId != null).toList(),
            r -> Long.toString(r.campaignId)));
  }

  private static Map<String, Csat> group(
      List<SurveyAnswerRecord> rows, Function<SurveyAnswerRecord, String> key) {
    Map<String, List<SurveyAnswerRecord>> groups = new TreeMap<>();
    rows.forEach(
        r -> groups.computeIfAbsent(key.apply(r), k -> new java.util.ArrayList<>()).add(r));
    Map<String, Csat> out = new TreeMap<>();
    groups.forEach((k, v) -> out.put(k, csat(v)));
    return out;
  }

  private static Csat csat(List<SurveyAnswerRecord> rows) {
    long n = rows.size();
    long satisfied = rows.stream().filter(r -> r.score >= 4).count();
    double sum = rows.stream().mapToInt(r -> r.score).sum();
    return new Csat(n, satisfied, n == 0 ? 0 : (double) satisfied / n, n == 0 ? 0 : sum / n);
  }
}

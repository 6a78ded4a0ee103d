package org.blenddialer.journey.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.InstantSource;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.blenddialer.acd.persistence.InboundQueue;
import org.blenddialer.core.callback.CallbackPolicy;
import org.blenddialer.journey.persistence.CallbackPolicyRecord;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.platform.error.NotFoundProblem;

/** Each queue's callback rules and announcements, as administrators set them. */
@ApplicationScoped
public class CallbackPolicies {

  private final InstantSource clock;
  private final Map<String, CallbackPolicy> enabled = new ConcurrentHashMap<>();
  private volatile boolean loaded;

  CallbackPolicies(InstantSource clock) {
    this.clock = clock;
  }

  /**
   * A queue's callback settings as the API shows and takes them.
   *
   * @param queue Asterisk queue name
   * @param enabled offer callbacks at all
   * @param thresholdSeconds offer when the estimated wait exceeds this
   * @param windowStart callbacks start from this time of day (HH:MM)
   * @param windowEnd and not from this time of day on
   * @param zone the window's IANA time zone
   * @param maxAttempts calls at most per request
   * @param retryDelaySeconds wait after a failed attempt
   * @param announcePosition tell waiting callers their position (app_queue announce-position)
   * @param announceWait tell them the estimated wait (announce-holdtime)
   * @param announceEverySeconds how often (announce-frequency; 0 = never)
   */
  public record Settings(
      String queue,
      Boolean enabled,
      Integer thresholdSeconds,
      String windowStart,
      String windowEnd,
      String zone,
      Integer maxAttempts,
      Integer retryDelaySeconds,
      Boolean announcePosition,
      Boolean announceWait,
      Integer announceEverySeconds) {}

  @Transactional
  public List<Settings> list() {
    return CallbackPolicyRecord.<CallbackPolicyRecord>listAll().stream()
        .map(CallbackPolicies::view)
        .toList();
  }

  /** Sets a queue's callback rules (defaults for what is left out); checked before stored. */
  @Transactional
  public Settings put(String queue, Settings s) {
    if (InboundQueue.find("asteriskQueue", queue).firstResultOptional().isEmpty()) {
      throw new NotFoundProblem("Queue", queue);
    }
    if (s == null) {
      throw InvalidInputProblem.ofField("body", "callback settings are required");
    }
    CallbackPolicyRecord r =
        CallbackPolicyRecord.byQueue(queue).orElseGet(CallbackPolicyRecord::new);
    r.asteriskQueue = queue;
    r.enabled = s.enabled() == null || s.enabled();
    r.thresholdSeconds = s.thresholdSeconds() == null ? 120 : s.thresholdSeconds();
    r.windowStart = s.windowStart() == null ? "08:00" : s.windowStart();
    r.windowEnd = s.windowEnd() == null ? "20:00" : s.windowEnd();
    r.zone = s.zone() == null ? "UTC" : s.zone();
    r.maxAttempts = s.maxAttempts() == null ? 3 : s.maxAttempts();
    r.retryDelaySeconds = s.retryDelaySeconds() == null ? 600 : s.retryDelaySeconds();
    r.announcePosition = s.announcePosition() != null && s.announcePosition();
    r.announceWait = s.announceWait() != null && s.announceWait();
    r.announceEverySeconds = s.announceEverySeconds() == null ? 0 : s.announceEverySeconds();
    if (r.announceEverySeconds < 0 || r.announceEverySeconds > 3600) {
      throw InvalidInputProblem.ofField("announceEverySeconds", "0 to 3600");
    }
    policy(r);
    r.updatedAt = clock.instant();
    r.persist();
    forget();
    return view(r);
  }

  /** The enabled policy of a queue, or null. */
  public CallbackPolicy enabledFor(String queue) {
    if (!loaded) {
      reload();
    }
    return enabled.get(queue);
  }

  /** Queues that offer callbacks. */
  public List<String> enabledQueues() {
    if (!loaded) {
      reload();
    }
    return enabled.keySet().stream().sorted().toList();
  }

  /** Forgets the cached policies (after a change). */
  public void forget() {
    loaded = false;
  }

  private synchronized void reload() {
    Map<String, CallbackPolicy> fresh = new java.util.HashMap<>();
    io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (CallbackPolicyRecord r : CallbackPolicyRecord.<CallbackPolicyRecord>listAll()) {
                if (r.enabled) {
                  fresh.put(r.asteriskQueue, policy(r));
                }
              }
            });
    enabled.clear();
    enabled.putAll(fresh);
    loaded = true;
  }

  static CallbackPolicy policy(CallbackPolicyRecord r) {
    LocalTime start;
    LocalTime end;
    ZoneId zone;
    try {
      start = LocalTime.parse(r.windowStart);
      end = LocalTime.parse(r.windowEnd);
    } catch (DateTimeException e) {
      throw InvalidInputProblem.ofField("windowStart", "times of day as HH:MM");
    }
    try {
      zone = ZoneId.of(r.zone);
    } catch (DateTimeException e) {
      throw InvalidInputProblem.ofField("zone", "not a time zone: " + r.zone);
    }
    try {
      return new CallbackPolicy(
          r.thresholdSeconds,
          start,
          end,
          zone,
          r.maxAttempts,
          Duration.ofSeconds(Math.max(-1, r.retryDelaySeconds)));
    } catch (IllegalArgumentException e) {
      String m = String.valueOf(e.getMessage());
      int colon = m.indexOf(':');
      throw InvalidInputProblem.ofField(
          colon > 0 ? m.substring(0, colon) : "body",
          colon > 0 ? m.substring(colon + 1).strip() : m);
    }
  }

  private static Settings view(CallbackPolicyRecord r) {
    return new Settings(
        r.asteriskQueue,
        r.enabled,
        r.thresholdSeconds,
        r.windowStart,
        r.windowEnd,
        r.zone,
        r.maxAttempts,
        r.retryDelaySeconds,
        r.announcePosition,
        r.announceWait,
        r.announceEverySeconds);
  }
}

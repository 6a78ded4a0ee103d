package org.blenddialer.core.compliance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.blenddialer.compliance.config.PolicyPackFiles;
import org.blenddialer.core.compliance.PolicyPack.AbandonWindow;
import org.blenddialer.core.compliance.RuleVerdict.Outcome;

/**
 * A dial to check against the real, bundled policy packs: by default a consumer telemarketing call
 * by a progressive campaign with caller ID and an abandon message set up, every list fresh and
 * clear, no consent events, no history and a healthy abandon budget.
 */
final class DialScenario {

  static final Map<String, PolicyPack> PACKS =
      PolicyPackFiles.read(PolicyPackFiles.BUNDLED).stream()
          .map(PolicyPackFiles.PackFile::pack)
          .collect(Collectors.toMap(PolicyPack::id, p -> p, (a, b) -> a, LinkedHashMap::new));

  private String e164;
  private String country;
  private String region;
  private NumberType type = NumberType.FIXED_LINE;
  private List<ZoneId> zones;
  private ZoneSource zoneSource = ZoneSource.NUMBER_PREFIX;
  private DialMode mode = DialMode.PROGRESSIVE;
  private Instant now;
  private CallPurpose purpose = CallPurpose.TELEMARKETING;
  private Audience audience = Audience.CONSUMER;
  private String subject = "insurance";
  private boolean prerecorded;
  private boolean callerIdShown = true;
  private boolean safeHarbor = true;
  private String packOverride;
  private final Map<String, ListAnswer> lists = new HashMap<>();
  private final List<ConsentEvent> consent = new ArrayList<>();
  private final List<PastAttempt> history = new ArrayList<>();
  private List<AbandonFigures> abandon =
      List.of(
          new AbandonFigures(AbandonWindow.ROLLING_30_DAYS, 1000, 0, 0),
          new AbandonFigures(AbandonWindow.CALENDAR_DAY, 1000, 0, 0));
  private Fact<List<ConsentEvent>> consentFact;
  private Fact<List<PastAttempt>> historyFact;
  private ReassignedAnswer reassigned;
  private long nextConsentId = 1;

  private DialScenario(String e164, String country, String region, String zone) {
    this.e164 = e164;
    this.country = country;
    this.region = region;
    this.zones = List.of(ZoneId.of(zone));
  }

  /** A US number in New York (212). */
  static DialScenario usNewYork() {
    return new DialScenario("+12125550123", "US", "US-NY", "America/New_York");
  }

  /** A US number in Miami (305). */
  static DialScenario florida() {
    return new DialScenario("+13055550123", "US", "US-FL", "America/New_York");
  }

  static DialScenario uk() {
    return new DialScenario("+442079460123", "GB", null, "Europe/London");
  }

  static DialScenario denmark() {
    return new DialScenario("+4532123456", "DK", null, "Europe/Copenhagen");
  }

  static DialScenario sweden() {
    return new DialScenario("+46812345678", "SE", null, "Europe/Stockholm");
  }

  static DialScenario finland() {
    return new DialScenario("+358912345678", "FI", null, "Europe/Helsinki");
  }

  static DialScenario norway() {
    return new DialScenario("+4722123456", "NO", null, "Europe/Oslo");
  }

  static DialScenario russia() {
    return new DialScenario("+74951234567", "RU", null, "Europe/Moscow");
  }

  static DialScenario germany() {
    return new DialScenario("+493012345678", "DE", null, "Europe/Berlin");
  }

  /** The dial happens at this local time in the target's first zone. */
  DialScenario atLocal(String localDateTime) {
    now = LocalDateTime.parse(localDateTime).atZone(zones.get(0)).toInstant();
    return this;
  }

  DialScenario at(Instant instant) {
    now = instant;
    return this;
  }

  Instant now() {
    return now;
  }

  DialScenario zones(ZoneSource source, String... ids) {
    zoneSource = source;
    zones = java.util.Arrays.stream(ids).map(ZoneId::of).toList();
    return this;
  }

  DialScenario number(String e164, String country, String region) {
    this.e164 = e164;
    this.country = country;
    this.region = region;
    return this;
  }

  DialScenario type(NumberType type) {
    this.type = type;
    return this;
  }

  DialScenario mode(DialMode mode) {
    this.mode = mode;
    return this;
  }

  DialScenario purpose(CallPurpose purpose) {
    this.purpose = purpose;
    return this;
  }

  DialScenario audience(Audience audience) {
    this.audience = audience;
    return this;
  }

  DialScenario subject(String subject) {
    this.subject = subject;
    return this;
  }

  DialScenario prerecorded() {
    this.prerecorded = true;
    return this;
  }

  DialScenario hiddenCallerId() {
    this.callerIdShown = false;
    return this;
  }

  DialScenario noAbandonMessage() {
    this.safeHarbor = false;
    return this;
  }

  DialScenario declaredPack(String pack) {
    this.packOverride = pack;
    return this;
  }

  /** The number is on this list (a registry copy one day old). */
  DialScenario listedOn(String listId) {
    lists.put(listId, ListAnswer.of(listId, "v7", now.minus(Duration.ofDays(1)), true));
    return this;
  }

  /** This registry's copy is this old (number not listed). */
  DialScenario registryAge(String listId, Duration age) {
    lists.put(listId, ListAnswer.of(listId, "v3", now.minus(age), false));
    return this;
  }

  DialScenario unreadable(String listId) {
    lists.put(listId, ListAnswer.unreadable(listId, "import failed"));
    return this;
  }

  DialScenario consentUnreadable() {
    consentFact = Fact.unreadable("database down");
    return this;
  }

  DialScenario historyUnreadable() {
    historyFact = Fact.unreadable("database down");
    return this;
  }

  DialScenario granted(ConsentBasis basis, Duration ago) {
    consent.add(
        new ConsentEvent(
            nextConsentId++,
            ConsentEvent.Kind.GRANT,
            now.minus(ago),
            "acme",
            null,
            null,
            basis,
            null,
            "web form"));
    return this;
  }

  DialScenario grantedTo(String company, ConsentBasis basis, Duration ago) {
    consent.add(
        new ConsentEvent(
            nextConsentId++,
            ConsentEvent.Kind.GRANT,
            now.minus(ago),
            company,
            null,
            null,
            basis,
            null,
            "web form"));
    return this;
  }

  DialScenario revoked(Duration ago, String channel) {
    consent.add(
        new ConsentEvent(
            nextConsentId++,
            ConsentEvent.Kind.REVOCATION,
            now.minus(ago),
            null,
            null,
            null,
            null,
            null,
            channel));
    return this;
  }

  DialScenario attempted(Duration ago, AttemptOutcome outcome) {
    history.add(new PastAttempt(now.minus(ago), e164, "c1", subject, outcome));
    return this;
  }

  DialScenario attemptedOther(Duration ago, String otherNumber, String otherSubject) {
    history.add(
        new PastAttempt(now.minus(ago), otherNumber, "c2", otherSubject, AttemptOutcome.LIVE));
    return this;
  }

  DialScenario abandonFigures(AbandonFigures... figures) {
    abandon = List.of(figures);
    return this;
  }

  DialScenario reassigned(ReassignedAnswer answer) {
    reassigned = answer;
    return this;
  }

  DialRequest request() {
    DialTarget target = new DialTarget(e164, country, region, type, zones, zoneSource);
    CampaignFacts campaign =
        new CampaignFacts(
            "c1",
            "acme",
            purpose,
            audience,
            subject,
            prerecorded,
            callerIdShown,
            safeHarbor,
            packOverride);
    return new DialRequest(target, campaign, mode, now);
  }

  DialDecision decide() {
    DialRequest request = request();
    Fact<List<PolicyPack>> packs = PackSelection.select(request.target(), packOverride, PACKS);
    Map<String, ListAnswer> answers = new HashMap<>();
    if (packs.readable()) {
      for (String id : DialCheck.listsNeeded(packs.value(), request.campaign())) {
        answers.put(id, ListAnswer.of(id, "v1", now.minus(Duration.ofDays(1)), false));
      }
    }
    answers.putAll(lists);
    DialFacts facts =
        new DialFacts(
            packs,
            answers,
            consentFact != null ? consentFact : Fact.of(consent),
            historyFact != null ? historyFact : Fact.of(history),
            Fact.of(abandon),
            reassigned);
    return DialCheck.decide(request, facts);
  }

  /** The outcome of one rule in a decision. */
  static Outcome outcome(DialDecision decision, String ruleId, RuleVerdict.Check check) {
    return decision.consulted().stream()
        .filter(v -> v.ruleId().equals(ruleId) && v.check() == check)
        .map(RuleVerdict::outcome)
        .reduce((a, b) -> a == Outcome.DENY || b == Outcome.DENY ? Outcome.DENY : a)
        .orElseThrow(
            () ->
                new AssertionError(
                    ruleId + " " + check + " not consulted: " + decision.consulted()));
  }
}

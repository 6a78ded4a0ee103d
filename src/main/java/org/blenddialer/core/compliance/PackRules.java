package org.blenddialer.core.compliance;

import static org.blenddialer.core.compliance.RuleVerdict.deny;
import static org.blenddialer.core.compliance.RuleVerdict.notApplicable;
import static org.blenddialer.core.compliance.RuleVerdict.pass;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.blenddialer.core.compliance.PolicyPack.AbandonCap;
import org.blenddialer.core.compliance.PolicyPack.BannedSubject;
import org.blenddialer.core.compliance.PolicyPack.CallRequirement;
import org.blenddialer.core.compliance.PolicyPack.CallingWindow;
import org.blenddialer.core.compliance.PolicyPack.ConsentRule;
import org.blenddialer.core.compliance.PolicyPack.DialModeRule;
import org.blenddialer.core.compliance.PolicyPack.Exemption;
import org.blenddialer.core.compliance.PolicyPack.FrequencyCap;
import org.blenddialer.core.compliance.PolicyPack.RecallLockout;
import org.blenddialer.core.compliance.PolicyPack.RegistryRule;
import org.blenddialer.core.compliance.PolicyPack.RequirementKind;
import org.blenddialer.core.compliance.RuleVerdict.Check;

/** Applies one pack's rules to one dial, adding a verdict per rule to the decision. */
final class PackRules {

  private final PolicyPack pack;
  private final DialRequest request;
  private final CampaignFacts campaign;
  private final DialFacts facts;
  private final ConsentState consent;
  private final DialCheck.Verdicts verdicts;
  private final List<Long> consentIds;

  PackRules(
      PolicyPack pack,
      DialRequest request,
      DialFacts facts,
      ConsentState consent,
      DialCheck.Verdicts verdicts,
      List<Long> consentIds) {
    this.pack = pack;
    this.request = request;
    this.campaign = request.campaign();
    this.facts = facts;
    this.consent = consent;
    this.verdicts = verdicts;
    this.consentIds = consentIds;
  }

  void checkAll() {
    pack.callingWindows().forEach(this::window);
    pack.dialModeRules().forEach(this::dialMode);
    pack.bannedSubjects().forEach(this::bannedSubject);
    pack.registries().forEach(this::registry);
    pack.consentRules().forEach(this::consentRule);
    pack.frequencyCaps().forEach(this::frequencyCap);
    pack.recallLockouts().forEach(this::lockout);
    pack.abandonCaps().forEach(this::abandonCap);
    pack.callRequirements().forEach(this::conduct);
  }

  private String id(String ref) {
    return pack.id() + "#" + ref;
  }

  private void window(CallingWindow w) {
    String id = id(w.ref());
    if ((w.purpose() != null && w.purpose() != campaign.purpose())
        || (w.audience() != null && w.audience() != campaign.audience())) {
      verdicts.add(notApplicable(id, Check.CALLING_WINDOW, "window is for other calls"));
      return;
    }
    for (ZoneId zone : request.target().zones()) {
      String outside = CallingWindows.outside(w, pack.holidays(), request.now().atZone(zone));
      if (outside != null) {
        verdicts.add(
            deny(id, Check.CALLING_WINDOW, outside + " (" + request.target().zoneSource() + ")"));
        return;
      }
    }
    verdicts.add(pass(id, Check.CALLING_WINDOW, "local time inside " + CallingWindows.describe(w)));
  }

  private void dialMode(DialModeRule rule) {
    String id = id(rule.ref());
    if (rule.purpose() != null && rule.purpose() != campaign.purpose()) {
      verdicts.add(notApplicable(id, Check.DIAL_MODE, "rule is for other calls"));
    } else if (rule.allowed().contains(request.mode())) {
      verdicts.add(pass(id, Check.DIAL_MODE, request.mode() + " dialing allowed"));
    } else {
      verdicts.add(
          deny(
              id,
              Check.DIAL_MODE,
              request.mode() + " dialing not allowed; only " + rule.allowed()));
    }
  }

  private void bannedSubject(BannedSubject rule) {
    String id = id(rule.ref());
    if (campaign.purpose() == CallPurpose.TELEMARKETING
        && rule.subject().equalsIgnoreCase(campaign.subject())) {
      verdicts.add(
          deny(id, Check.BANNED_SUBJECT, "selling " + rule.subject() + " by phone is banned"));
    } else {
      verdicts.add(pass(id, Check.BANNED_SUBJECT, "subject is not " + rule.subject()));
    }
  }

  private void registry(RegistryRule rule) {
    String id = id(rule.ref());
    if (rule.purpose() != null && rule.purpose() != campaign.purpose()) {
      verdicts.add(notApplicable(id, Check.REGISTRY, rule.registry() + " screens other calls"));
      return;
    }
    ListAnswer answer = facts.lists().get(rule.registry());
    if (answer == null || !answer.readable()) {
      verdicts.add(
          deny(
              id,
              Check.REGISTRY,
              "registry "
                  + rule.registry()
                  + " could not be read: "
                  + (answer == null ? "no answer" : answer.failure())));
      return;
    }
    Duration age = Duration.between(answer.asOf(), request.now());
    if (age.compareTo(rule.maxAge()) > 0) {
      verdicts.add(
          deny(
              id,
              Check.REGISTRY,
              "registry "
                  + rule.registry()
                  + " copy of "
                  + answer.asOf()
                  + " is "
                  + age.toDays()
                  + " days old; the pack allows "
                  + rule.maxAge().toDays()
                  + " days: import a fresh copy"));
      return;
    }
    if (!answer.listed()) {
      verdicts.add(
          pass(
              id,
              Check.REGISTRY,
              "not on " + rule.registry() + " (version " + answer.version() + ")"));
      return;
    }
    for (Exemption exemption : rule.exemptions()) {
      Optional<ConsentEvent> grant =
          consent == null
              ? Optional.empty()
              : consent.grant(java.util.Set.of(exemption.basis()), exemption.maxAge());
      if (grant.isPresent()) {
        consentIds.add(grant.get().id());
        verdicts.add(
            pass(
                id,
                Check.REGISTRY,
                "on "
                    + rule.registry()
                    + " but exempt by "
                    + exemption.basis()
                    + " (ledger #"
                    + grant.get().id()
                    + ")"));
        reassigned(grant.get());
        return;
      }
    }
    verdicts.add(
        deny(id, Check.REGISTRY, "on " + rule.registry() + " (version " + answer.version() + ")"));
  }

  private void consentRule(ConsentRule rule) {
    String id = id(rule.ref());
    boolean triggered =
        switch (rule.trigger()) {
          case ALWAYS -> true;
          case AUTOMATIC_OR_PRERECORDED ->
              request.mode().automatic() || campaign.prerecordedMessage();
          case PRERECORDED -> campaign.prerecordedMessage();
        };
    if ((rule.purpose() != null && rule.purpose() != campaign.purpose())
        || (rule.audience() != null && rule.audience() != campaign.audience())
        || (!rule.numberTypes().isEmpty()
            && !rule.numberTypes().contains(request.target().numberType()))
        || !triggered) {
      verdicts.add(notApplicable(id, Check.CONSENT, "no prior consent needed for this call"));
      return;
    }
    if (consent == null) {
      verdicts.add(deny(id, Check.CONSENT, "consent ledger could not be read"));
      return;
    }
    Optional<ConsentEvent> grant = consent.grant(rule.accepted(), null);
    if (grant.isEmpty()) {
      verdicts.add(
          deny(
              id,
              Check.CONSENT,
              "needs prior consent ("
                  + rule.accepted()
                  + ") for "
                  + describeCall()
                  + "; none in force"));
      return;
    }
    consentIds.add(grant.get().id());
    verdicts.add(
        pass(id, Check.CONSENT, grant.get().basis() + " consent, ledger #" + grant.get().id()));
    reassigned(grant.get());
  }

  private String describeCall() {
    return campaign.purpose()
        + (request.mode().automatic() ? " automatic" : "")
        + (campaign.prerecordedMessage() ? " prerecorded" : "")
        + " call to a "
        + request.target().numberType()
        + " number";
  }

  private void reassigned(ConsentEvent grant) {
    var rule = pack.reassignedNumbers();
    // A business relationship is with the person, not a consent given with the number.
    if (rule == null
        || grant.basis() == ConsentBasis.EBR_PURCHASE
        || grant.basis() == ConsentBasis.EBR_INQUIRY) {
      return;
    }
    String id = id(rule.ref());
    Instant oldAfter =
        request.now().atOffset(ZoneOffset.UTC).minus(rule.consentOlderThan()).toInstant();
    if (!grant.at().isBefore(oldAfter)) {
      verdicts.add(pass(id, Check.REASSIGNED_NUMBER, "consent #" + grant.id() + " is recent"));
      return;
    }
    ReassignedAnswer answer = facts.reassigned();
    if (answer != null
        && answer.result() == ReassignedAnswer.Result.NO
        && !answer.since().isAfter(grant.at())) {
      verdicts.add(
          pass(
              id,
              Check.REASSIGNED_NUMBER,
              "not reassigned since consent (query " + answer.queryId() + ")"));
    } else {
      verdicts.add(
          deny(
              id,
              Check.REASSIGNED_NUMBER,
              "consent #"
                  + grant.id()
                  + " of "
                  + grant.at()
                  + " is old; the reassigned-numbers"
                  + " database must answer NO for that date"
                  + (answer == null ? " (not asked)" : " (answered " + answer.result() + ")")));
    }
  }

  private void frequencyCap(FrequencyCap cap) {
    String id = id(cap.ref());
    if (cap.purpose() != null && cap.purpose() != campaign.purpose()) {
      verdicts.add(notApplicable(id, Check.FREQUENCY_CAP, "cap is for other calls"));
      return;
    }
    if (!facts.history().readable()) {
      verdicts.add(deny(id, Check.FREQUENCY_CAP, "attempt history: " + facts.history().failure()));
      return;
    }
    Instant since = request.now().minus(cap.window());
    long count =
        facts.history().value().stream()
            .filter(a -> a.at().isAfter(since) && !a.at().isAfter(request.now()))
            .filter(
                a ->
                    switch (cap.scope()) {
                      case PERSON -> true;
                      case PERSON_SAME_SUBJECT -> a.subject().equalsIgnoreCase(campaign.subject());
                      case NUMBER -> a.e164().equals(request.target().e164());
                    })
            .count();
    String counted =
        count + " calls (" + cap.scope() + ") in the last " + cap.window().toHours() + " h";
    if (count >= cap.maxCalls()) {
      verdicts.add(deny(id, Check.FREQUENCY_CAP, counted + "; at most " + cap.maxCalls()));
    } else {
      verdicts.add(pass(id, Check.FREQUENCY_CAP, counted + " of " + cap.maxCalls() + " allowed"));
    }
  }

  private void lockout(RecallLockout rule) {
    String id = id(rule.ref());
    if (rule.agentGuaranteedExempt() && request.mode().agentGuaranteed()) {
      verdicts.add(
          notApplicable(id, Check.RECALL_LOCKOUT, request.mode() + " guarantees an agent"));
      return;
    }
    if (!facts.history().readable()) {
      verdicts.add(deny(id, Check.RECALL_LOCKOUT, "attempt history: " + facts.history().failure()));
      return;
    }
    Optional<PastAttempt> last =
        facts.history().value().stream()
            .filter(a -> a.e164().equals(request.target().e164()) && a.outcome() == rule.after())
            .filter(a -> !a.at().isAfter(request.now()))
            .max(java.util.Comparator.comparing(PastAttempt::at));
    if (last.isEmpty()) {
      verdicts.add(pass(id, Check.RECALL_LOCKOUT, "no " + rule.after() + " call to this number"));
      return;
    }
    Instant at = last.get().at();
    boolean locked = rule.period() != null && at.plus(rule.period()).isAfter(request.now());
    if (rule.sameLocalDay()) {
      for (ZoneId zone : request.target().zones()) {
        locked |= at.atZone(zone).toLocalDate().equals(request.now().atZone(zone).toLocalDate());
      }
    }
    String what = rule.after() + " call at " + at;
    if (locked) {
      verdicts.add(
          deny(
              id,
              Check.RECALL_LOCKOUT,
              what
                  + ": no re-call "
                  + (rule.sameLocalDay()
                      ? "the same day"
                      : "within " + rule.period().toHours() + " h")
                  + " unless an agent is guaranteed"));
    } else {
      verdicts.add(pass(id, Check.RECALL_LOCKOUT, what + " is outside the lockout"));
    }
  }

  private void abandonCap(AbandonCap cap) {
    String id = id(cap.ref());
    if (!request.mode().mayAbandon()) {
      verdicts.add(
          notApplicable(id, Check.ABANDON_CAP, request.mode() + " dialing cannot abandon calls"));
      return;
    }
    if (!facts.abandonFigures().readable()) {
      verdicts.add(
          deny(id, Check.ABANDON_CAP, "abandon figures: " + facts.abandonFigures().failure()));
      return;
    }
    DropBudget budget = DropBudget.of(id, cap, facts.abandonFigures().value());
    if (budget == null) {
      verdicts.add(deny(id, Check.ABANDON_CAP, "no abandon figures for " + cap.window()));
      return;
    }
    String figures =
        budget.counted()
            + " of "
            + budget.liveCalls()
            + " live calls abandoned ("
            + cap.window()
            + "), cap "
            + (cap.maxRate() * 100)
            + "%";
    if (budget.atCap()) {
      verdicts.add(deny(id, Check.ABANDON_CAP, figures + ": at the cap, fall back to progressive"));
    } else {
      verdicts.add(pass(id, Check.ABANDON_CAP, figures + ", " + budget.remaining() + " left"));
    }
  }

  private void conduct(CallRequirement rule) {
    String id = id(rule.ref());
    if (rule.kind() == RequirementKind.CALLER_ID_SHOWN && !campaign.callerIdShown()) {
      verdicts.add(deny(id, Check.CALL_CONDUCT, "the campaign hides its caller ID"));
    } else if (rule.kind() == RequirementKind.ABANDON_MESSAGE
        && request.mode().mayAbandon()
        && !campaign.safeHarborMessage()) {
      verdicts.add(
          deny(id, Check.CALL_CONDUCT, "no information message for abandoned calls is set up"));
    } else {
      verdicts.add(pass(id, Check.CALL_CONDUCT, rule.kind() + " is met or applies on the call"));
    }
  }
}

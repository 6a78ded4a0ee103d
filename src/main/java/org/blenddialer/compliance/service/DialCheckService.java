package org.blenddialer.compliance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blenddialer.audit.service.AuditEntry;
import org.blenddialer.audit.service.AuditTrail;
import org.blenddialer.compliance.dnc.DncMemory;
import org.blenddialer.core.compliance.ConsentEvent;
import org.blenddialer.core.compliance.DialCheck;
import org.blenddialer.core.compliance.DialDecision;
import org.blenddialer.core.compliance.DialFacts;
import org.blenddialer.core.compliance.DialRequest;
import org.blenddialer.core.compliance.DialTarget;
import org.blenddialer.core.compliance.Fact;
import org.blenddialer.core.compliance.ListAnswer;
import org.blenddialer.core.compliance.PackSelection;
import org.blenddialer.core.compliance.PolicyPack;
import org.jboss.logging.Logger;

/**
 * The dial-time check as a service: resolves the number, gathers every compliance source (a source
 * that fails becomes "unreadable", which denies) and asks the core. The hopper calls {@link
 * #decideAndRecord}; the "can we call this number now, and why" endpoint calls {@link #check}.
 */
@ApplicationScoped
public class DialCheckService {

  private static final Logger LOG = Logger.getLogger(DialCheckService.class);

  private final PhoneNumbers phoneNumbers;
  private final PolicyPackCatalogue catalogue;
  private final DncMemory dnc;
  private final ConsentLedger consent;
  private final SuppressionList suppression;
  private final AuditTrail audit;
  private final InstantSource clock;

  DialCheckService(
      PhoneNumbers phoneNumbers,
      PolicyPackCatalogue catalogue,
      DncMemory dnc,
      ConsentLedger consent,
      SuppressionList suppression,
      AuditTrail audit,
      InstantSource clock) {
    this.phoneNumbers = phoneNumbers;
    this.catalogue = catalogue;
    this.dnc = dnc;
    this.consent = consent;
    this.suppression = suppression;
    this.audit = audit;
    this.clock = clock;
  }

  /** A decision with the target it was made for. */
  public record Checked(DialTarget target, DialDecision decision) {}

  /** Answers the check without recording it (what-if questions by compliance officers). */
  public Checked check(DialCheckInput input) {
    DialTarget target = phoneNumbers.target(input.number(), input.zone(), input.zoneSource());
    Instant now = input.at() != null ? input.at() : clock.instant();
    DialRequest request = new DialRequest(target, input.campaign(), input.mode(), now);
    Fact<List<PolicyPack>> packs =
        PackSelection.select(target, input.campaign().packOverride(), catalogue.packs());
    Set<String> needed =
        packs.readable()
            ? DialCheck.listsNeeded(packs.value(), input.campaign())
            : DialCheck.listsNeeded(List.of(), input.campaign());
    Map<String, ListAnswer> lists = new HashMap<>();
    for (String id : needed) {
      lists.put(
          id,
          id.equals(DialCheck.SUPPRESSION_LIST)
              ? suppression.answer(target.e164())
              : dnc.answer(id, target.digits()));
    }
    DialFacts facts =
        new DialFacts(
            packs,
            lists,
            consentOf(target.e164(), input.personRef()),
            input.history() == null
                ? Fact.unreadable("no attempt history was supplied")
                : Fact.of(input.history()),
            input.abandonFigures() == null
                ? Fact.unreadable("no abandon figures were supplied")
                : Fact.of(input.abandonFigures()),
            input.reassigned());
    return new Checked(target, DialCheck.decide(request, facts));
  }

  /**
   * Answers the check for a real dial and appends the decision to the audit trail, in the caller's
   * transaction when it has one.
   */
  @Transactional
  public Checked decideAndRecord(DialCheckInput input, String actor) {
    Checked checked = check(input);
    DialDecision d = checked.decision();
    audit.append(
        AuditEntry.of(actor, "dial.decision")
            .phone(checked.target().e164())
            .campaign(input.campaign().campaignId())
            .decision(d.allowed() ? "ALLOWED" : "DENIED")
            .rule(d.denyingRule() == null ? null : d.denyingRule().ruleId())
            .detail("reason", d.denyingRule() == null ? null : d.denyingRule().reason())
            .detail("mode", input.mode())
            .detail("packs", String.join(",", d.packs()))
            .detail(
                "lists",
                String.join(
                    ",",
                    d.lists().stream()
                        .map(l -> l.listId() + "@" + (l.readable() ? l.version() : "unreadable"))
                        .toList()))
            .detail("consent", d.consentIds().isEmpty() ? null : d.consentIds().toString())
            .detail("localTime", String.join("; ", d.localTimes()))
            .detail("zoneSource", d.zoneSource()));
    return checked;
  }

  private Fact<List<ConsentEvent>> consentOf(String e164, String personRef) {
    try {
      return Fact.of(consent.events(e164, personRef));
    } catch (RuntimeException e) {
      LOG.errorf("consent ledger could not be read: %s", e.getMessage());
      return Fact.unreadable("the consent ledger could not be read");
    }
  }
}

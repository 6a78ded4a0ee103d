package org.blenddialer.core.compliance;

import static org.blenddialer.core.compliance.RuleVerdict.deny;
import static org.blenddialer.core.compliance.RuleVerdict.pass;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.blenddialer.core.compliance.PolicyPack.CallRequirement;
import org.blenddialer.core.compliance.PolicyPack.RequirementKind;
import org.blenddialer.core.compliance.RuleVerdict.Check;

/**
 * The dial-time compliance check: allow or deny one dial, consulting every rule of every applicable
 * pack and saying which rule denied and which versions the answer relied on. Pure: all it knows
 * comes in as arguments.
 */
public final class DialCheck {

  /** List id of the company-wide DNC list. */
  public static final String INTERNAL_LIST = "internal";

  /** List id of the suppression list of erased persons (GDPR), kept as one-way hashes. */
  public static final String SUPPRESSION_LIST = "suppression";

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private DialCheck() {}

  /** The list id of a campaign's own DNC list. */
  public static String campaignList(String campaignId) {
    return "campaign:" + campaignId;
  }

  /** The DNC lists the check will consult for this campaign under these packs. */
  public static Set<String> listsNeeded(List<PolicyPack> packs, CampaignFacts campaign) {
    Set<String> ids = new LinkedHashSet<>();
    ids.add(INTERNAL_LIST);
    ids.add(SUPPRESSION_LIST);
    ids.add(campaignList(campaign.campaignId()));
    for (PolicyPack pack : packs) {
      pack.registries().stream()
          .filter(r -> r.purpose() == null || r.purpose() == campaign.purpose())
          .forEach(r -> ids.add(r.registry()));
    }
    return ids;
  }

  /** Allow or deny the dial. */
  public static DialDecision decide(DialRequest request, DialFacts facts) {
    Verdicts verdicts = new Verdicts();
    List<String> localTimes = localTimes(request);
    if (!facts.packs().readable()) {
      verdicts.add(deny("source#policy-pack", Check.SOURCE, facts.packs().failure()));
      return verdicts.decision(request, List.of(), facts, List.of(), localTimes, CallConduct.NONE);
    }
    List<PolicyPack> packs = facts.packs().value();
    verdicts.add(
        pass(
            "company#policy-pack",
            Check.POLICY_PACK,
            "packs " + packRefs(packs) + " apply to " + request.target().e164()));
    checkCompanyLists(request, facts, verdicts);
    ConsentState consent = null;
    if (!facts.consent().readable()) {
      verdicts.add(
          deny("source#consent", Check.SOURCE, "consent ledger: " + facts.consent().failure()));
    } else {
      consent =
          ConsentState.of(
              facts.consent().value(),
              request.campaign().company(),
              request.campaign().purpose(),
              request.campaign().campaignId(),
              request.now());
      checkOptOut(consent, verdicts);
    }
    List<Long> consentIds = new ArrayList<>();
    for (PolicyPack pack : packs) {
      PackRules rules = new PackRules(pack, request, facts, consent, verdicts, consentIds);
      rules.checkAll();
    }
    return verdicts.decision(request, packs, facts, consentIds, localTimes, conduct(packs));
  }

  private static void checkCompanyLists(DialRequest request, DialFacts facts, Verdicts verdicts) {
    String campaignList = campaignList(request.campaign().campaignId());
    for (String listId : List.of(INTERNAL_LIST, SUPPRESSION_LIST, campaignList)) {
      Check check = listId.equals(campaignList) ? Check.CAMPAIGN_DNC : Check.INTERNAL_DNC;
      String ruleId =
          "company#"
              + (listId.equals(INTERNAL_LIST)
                  ? "internal-dnc"
                  : listId.equals(SUPPRESSION_LIST) ? "suppression" : "campaign-dnc");
      ListAnswer answer = facts.lists().get(listId);
      if (answer == null || !answer.readable()) {
        verdicts.add(
            deny(
                "source#" + listId,
                Check.SOURCE,
                "DNC list "
                    + listId
                    + " could not be read: "
                    + (answer == null ? "no answer" : answer.failure())));
      } else if (answer.listed()) {
        verdicts.add(
            deny(ruleId, check, "on DNC list " + listId + " (version " + answer.version() + ")"));
      } else {
        verdicts.add(pass(ruleId, check, "not on DNC list " + listId));
      }
    }
  }

  private static void checkOptOut(ConsentState consent, Verdicts verdicts) {
    consent
        .revocation()
        .ifPresentOrElse(
            r ->
                verdicts.add(
                    deny(
                        "company#opt-out",
                        Check.OPT_OUT,
                        "consent revoked at "
                            + r.at()
                            + " via "
                            + r.channel()
                            + " (ledger #"
                            + r.id()
                            + ")")),
            () -> verdicts.add(pass("company#opt-out", Check.OPT_OUT, "no revocation in force")));
  }

  private static List<String> localTimes(DialRequest request) {
    List<String> result = new ArrayList<>();
    for (ZoneId zone : request.target().zones()) {
      var local = request.now().atZone(zone);
      result.add(
          LOCAL.format(local)
              + " "
              + local.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
              + " "
              + zone.getId());
    }
    return result;
  }

  private static String packRefs(List<PolicyPack> packs) {
    return String.join(", ", packs.stream().map(p -> p.id() + "@" + p.version()).toList());
  }

  private static CallConduct conduct(List<PolicyPack> packs) {
    Duration ring = Duration.ZERO;
    boolean message = false;
    Duration messageWithin = null;
    Duration amd = null;
    boolean callerId = false;
    boolean identify = false;
    for (PolicyPack pack : packs) {
      for (CallRequirement r : pack.callRequirements()) {
        RequirementKind kind = r.kind();
        if (kind == RequirementKind.MINIMUM_RING && r.duration().compareTo(ring) > 0) {
          ring = r.duration();
        } else if (kind == RequirementKind.ABANDON_MESSAGE) {
          message = true;
          messageWithin = shorter(messageWithin, r.duration());
        } else if (kind == RequirementKind.AMD_DECISION_WITHIN) {
          amd = shorter(amd, r.duration());
        } else if (kind == RequirementKind.CALLER_ID_SHOWN) {
          callerId = true;
        } else if (kind == RequirementKind.IDENTIFY_AT_ONCE) {
          identify = true;
        }
      }
    }
    return new CallConduct(ring, message, messageWithin, amd, callerId, identify);
  }

  private static Duration shorter(Duration a, Duration b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) <= 0 ? a : b;
  }

  /** The verdicts gathered so far, in the order the rules were consulted. */
  static final class Verdicts {
    private final List<RuleVerdict> all = new ArrayList<>();

    void add(RuleVerdict verdict) {
      all.add(verdict);
    }

    DialDecision decision(
        DialRequest request,
        List<PolicyPack> packs,
        DialFacts facts,
        List<Long> consentIds,
        List<String> localTimes,
        CallConduct conduct) {
      RuleVerdict denying = all.stream().filter(RuleVerdict::denies).findFirst().orElse(null);
      boolean onlyAbandonCaps =
          denying != null
              && all.stream()
                  .filter(RuleVerdict::denies)
                  .allMatch(v -> v.check() == Check.ABANDON_CAP);
      Set<String> needed = packs.isEmpty() ? Set.of() : listsNeeded(packs, request.campaign());
      List<ListAnswer> lists =
          needed.stream().map(id -> facts.lists().get(id)).filter(a -> a != null).toList();
      return new DialDecision(
          denying == null,
          denying,
          all,
          packs.stream().map(p -> p.id() + "@" + p.version()).toList(),
          lists,
          consentIds.stream().distinct().toList(),
          localTimes,
          request.target().zoneSource(),
          conduct,
          onlyAbandonCaps ? DialMode.PROGRESSIVE : null,
          request.now());
    }
  }
}

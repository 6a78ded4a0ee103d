package org.blenddialer.acd.live;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.blenddialer.campaigns.persistence.Campaign;
import org.blenddialer.compliance.dnc.DncMemory;
import org.blenddialer.compliance.persistence.DncList;
import org.blenddialer.compliance.service.ConsentLedger;
import org.blenddialer.compliance.service.DncService;
import org.blenddialer.compliance.service.PhoneNumbers;
import org.blenddialer.compliance.service.PolicyPackCatalogue;
import org.blenddialer.compliance.service.SuppressionList;
import org.blenddialer.core.compliance.ConsentEvent;
import org.blenddialer.core.compliance.ListAnswer;
import org.blenddialer.leads.persistence.Lead;
import org.blenddialer.leads.persistence.LeadList;
import org.jboss.logging.Logger;

/**
 * What we know about a caller for the screen pop: their leads by number, the DNC lists the number
 * is on and their consent. Read-only: this is not a dial decision, so nothing goes to the audit
 * trail. A source that cannot be read makes its part "unknown" instead of failing the pop.
 */
@ApplicationScoped
public class CallerLookup {

  private static final Logger LOG = Logger.getLogger(CallerLookup.class);
  private static final int MAX_LEADS = 10;
  private static final int MAX_CONSENT_ENTRIES = 10;

  private final PhoneNumbers phoneNumbers;
  private final DncService dncLists;
  private final DncMemory dnc;
  private final PolicyPackCatalogue catalogue;
  private final SuppressionList suppression;
  private final ConsentLedger consent;
  private final ObjectMapper json;
  private final InstantSource clock;

  CallerLookup(
      PhoneNumbers phoneNumbers,
      DncService dncLists,
      DncMemory dnc,
      PolicyPackCatalogue catalogue,
      SuppressionList suppression,
      ConsentLedger consent,
      ObjectMapper json,
      InstantSource clock) {
    this.phoneNumbers = phoneNumbers;
    this.dncLists = dncLists;
    this.dnc = dnc;
    this.catalogue = catalogue;
    this.suppression = suppression;
    this.consent = consent;
    this.json = json;
    this.clock = clock;
  }

  /**
   * One part of what we know: {@code status} "known" with its value, or "unknown" with why.
   *
   * @param status known or unknown
   * @param value the part, null when unknown
   * @param reason why it is unknown, null when known
   */
  public record Part<T>(String status, T value, String reason) {
    static <T> Part<T> known(T value) {
      return new Part<>("known", value, null);
    }

    static <T> Part<T> unknown(String reason) {
      return new Part<>("unknown", null, reason);
    }
  }

  /**
   * A lead whose main number is the caller's.
   *
   * @param leadId the lead
   * @param name the lead's name
   * @param campaignId its campaign
   * @param campaignName the campaign's name, null if it has none
   * @param listId its lead list
   * @param listName the list's name
   * @param customFields the list's custom fields for this lead
   * @param status the lead's dialing status (READY, DONE, DO_NOT_CALL, ...)
   * @param lastOutcome the outcome of its last attempt, null before any
   * @param lastAttemptAt when that was
   */
  public record KnownLead(
      long leadId,
      String name,
      long campaignId,
      String campaignName,
      long listId,
      String listName,
      Map<String, Object> customFields,
      String status,
      String lastOutcome,
      Instant lastAttemptAt) {}

  /**
   * The number's DNC status.
   *
   * @param listedOn the lists and registries the number is on
   * @param checked the lists and registries read
   * @param unreadable lists and registries that could not be read, with why
   */
  public record DncStatus(
      List<String> listedOn, List<String> checked, Map<String, String> unreadable) {}

  /**
   * The number's consent as the ledger adds up today.
   *
   * @param state GRANTED (a grant in force), REVOKED (the latest entry withdraws), or NONE
   * @param entries the ledger entries for the number, newest first (at most ten)
   */
  public record ConsentStatus(String state, List<ConsentEvent> entries) {}

  /**
   * Everything we know about a caller.
   *
   * @param e164 the caller's number in E.164, null when it is not a phone number
   * @param leads their leads
   * @param dnc the DNC lists their number is on
   * @param consent their consent
   */
  public record CallerInfo(
      String e164, Part<List<KnownLead>> leads, Part<DncStatus> dnc, Part<ConsentStatus> consent) {}

  /** Looks the caller up; never throws. */
  public CallerInfo lookUp(String callerNumber) {
    String e164 = e164(callerNumber);
    if (e164 == null) {
      String why = "the caller's number is not a phone number: '" + callerNumber + "'";
      return new CallerInfo(null, Part.unknown(why), Part.unknown(why), Part.unknown(why));
    }
    return new CallerInfo(
        e164,
        part("leads", () -> leads(e164)),
        part("DNC lists", () -> dncStatus(e164)),
        part("consent ledger", () -> consentStatus(e164)));
  }

  private String e164(String number) {
    if (number == null || number.isBlank()) {
      return null;
    }
    String n = number.trim();
    try {
      return phoneNumbers.e164("callerNumber", n);
    } catch (RuntimeException e) {
      // Asterisk often gives international numbers without the plus
      if (n.chars().allMatch(Character::isDigit)) {
        try {
          return phoneNumbers.e164("callerNumber", "+" + n);
        } catch (RuntimeException ignored) {
          return null;
        }
      }
      return null;
    }
  }

  private static <T> Part<T> part(String source, Supplier<T> read) {
    try {
      return Part.known(read.get());
    } catch (RuntimeException e) {
      LOG.warnf("screen pop: %s could not be read: %s", source, e.getMessage());
      return Part.unknown(source + " could not be read");
    }
  }

  private List<KnownLead> leads(String e164) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              // campaign_id first lets the (campaign_id, phone_e164) index serve the lookup
              List<Long> campaigns =
                  LeadList.getEntityManager()
                      .createQuery("select distinct l.campaignId from LeadList l", Long.class)
                      .getResultList();
              if (campaigns.isEmpty()) {
                return List.<KnownLead>of();
              }
              List<Lead> found =
                  Lead.<Lead>find(
                          "campaignId in ?1 and phoneE164 = ?2 order by id desc", campaigns, e164)
                      .page(0, MAX_LEADS)
                      .list();
              List<KnownLead> result = new ArrayList<>();
              for (Lead l : found) {
                LeadList list = LeadList.findById(l.listId);
                Campaign campaign = Campaign.findById(l.campaignId);
                result.add(
                    new KnownLead(
                        l.id,
                        l.name,
                        l.campaignId,
                        campaign == null ? null : campaign.name,
                        l.listId,
                        list == null ? null : list.name,
                        customFields(l.customFields),
                        l.status,
                        l.lastOutcome,
                        l.lastAttemptAt));
              }
              return result;
            });
  }

  private Map<String, Object> customFields(String text) {
    if (text == null || text.isBlank()) {
      return Map.of();
    }
    try {
      return json.readValue(text, new TypeReference<Map<String, Object>>() {});
    } catch (Exception e) {
      return Map.of("_unreadable", text);
    }
  }

  private DncStatus dncStatus(String e164) {
    long digits = Long.parseLong(e164.substring(1));
    List<ListAnswer> answers = new ArrayList<>();
    for (DncList list : dncLists.lists()) {
      answers.add(dnc.answer(list.code, digits));
    }
    for (String registry : catalogue.registries().keySet()) {
      answers.add(dnc.answer(registry, digits));
    }
    answers.add(suppression.answer(e164));
    List<String> listed = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    Map<String, String> unreadable = new java.util.TreeMap<>();
    for (ListAnswer a : answers) {
      if (!a.readable()) {
        unreadable.put(a.listId(), a.failure());
        continue;
      }
      checked.add(a.listId());
      if (a.listed()) {
        listed.add(a.listId());
      }
    }
    return new DncStatus(listed, checked, unreadable);
  }

  private ConsentStatus consentStatus(String e164) {
    Instant now = clock.instant();
    List<ConsentEvent> ledger =
        consent.events(e164, null).stream()
            .filter(e -> !e.at().isAfter(now))
            .sorted(
                Comparator.comparing(ConsentEvent::at)
                    .thenComparingLong(ConsentEvent::id)
                    .reversed())
            .toList();
    String state = "NONE";
    if (!ledger.isEmpty() && ledger.get(0).kind() == ConsentEvent.Kind.REVOCATION) {
      state = "REVOKED";
    } else {
      for (ConsentEvent e : ledger) {
        if (e.kind() == ConsentEvent.Kind.REVOCATION) {
          break; // grants before the latest revocation no longer count
        }
        if (e.expiresAt() == null || now.isBefore(e.expiresAt())) {
          state = "GRANTED";
          break;
        }
      }
    }
    return new ConsentStatus(
        state, ledger.subList(0, Math.min(ledger.size(), MAX_CONSENT_ENTRIES)));
  }
}

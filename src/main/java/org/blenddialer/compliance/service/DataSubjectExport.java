package org.blenddialer.compliance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.blenddialer.audit.persistence.AuditRecord;
import org.blenddialer.audit.service.AuditEntry;
import org.blenddialer.audit.service.AuditQuery;
import org.blenddialer.audit.service.AuditSearch;
import org.blenddialer.audit.service.AuditTrail;
import org.blenddialer.compliance.dnc.DncMemory;
import org.blenddialer.compliance.persistence.ConsentRecord;
import org.blenddialer.compliance.persistence.DncEntry;
import org.blenddialer.compliance.persistence.DncList;
import org.blenddialer.core.compliance.ListAnswer;

/** GDPR access: everything compliance holds about a number or person, gathered in one export. */
@ApplicationScoped
public class DataSubjectExport {

  private final PhoneNumbers phoneNumbers;
  private final ConsentLedger consent;
  private final DncMemory dnc;
  private final PolicyPackCatalogue catalogue;
  private final AuditSearch search;
  private final AuditTrail audit;
  private final InstantSource clock;

  DataSubjectExport(
      PhoneNumbers phoneNumbers,
      ConsentLedger consent,
      DncMemory dnc,
      PolicyPackCatalogue catalogue,
      AuditSearch search,
      AuditTrail audit,
      InstantSource clock) {
    this.phoneNumbers = phoneNumbers;
    this.consent = consent;
    this.dnc = dnc;
    this.catalogue = catalogue;
    this.search = search;
    this.audit = audit;
    this.clock = clock;
  }

  /** One DNC list entry with the list it is on. */
  public record ListedEntry(String list, DncEntry entry) {}

  /** Everything held about one number (and person). */
  public record Contents(
      String number,
      String personRef,
      Instant exportedAt,
      List<ConsentRecord> consent,
      List<ListedEntry> dncEntries,
      List<ListAnswer> registries,
      List<AuditRecord> auditRecords) {}

  /** Gathers the export; the export itself is audited. */
  @Transactional
  public Contents export(String number, String personRef, String actor) {
    String e164 = phoneNumbers.e164("number", number);
    long digits = Long.parseLong(e164.substring(1));
    Map<Long, String> listCodes =
        DncList.<DncList>listAll().stream().collect(Collectors.toMap(l -> l.id, l -> l.code));
    List<ListedEntry> entries =
        DncEntry.<DncEntry>list("e164", e164).stream()
            .map(e -> new ListedEntry(listCodes.get(e.listId), e))
            .toList();
    List<ListAnswer> registries =
        catalogue.registries().keySet().stream().map(r -> dnc.answer(r, digits)).toList();
    List<AuditRecord> records =
        search.find(new AuditQuery(e164, null, null, null, null, null, null, AuditQuery.MAX_LIMIT));
    Contents contents =
        new Contents(
            e164,
            personRef,
            clock.instant(),
            consent.records(e164, personRef),
            entries,
            registries,
            records);
    audit.append(
        AuditEntry.of(actor, "gdpr.exported")
            .phone(e164)
            .subject("person", personRef)
            .detail("auditRecords", records.size()));
    return contents;
  }
}

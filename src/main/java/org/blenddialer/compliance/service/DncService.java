package org.blenddialer.compliance.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.util.List;
import org.blenddialer.audit.service.AuditEntry;
import org.blenddialer.audit.service.AuditTrail;
import org.blenddialer.compliance.dnc.DncMemory;
import org.blenddialer.compliance.persistence.DncEntry;
import org.blenddialer.compliance.persistence.DncList;
import org.blenddialer.compliance.persistence.DncRemoval;
import org.blenddialer.core.compliance.DialCheck;
import org.blenddialer.platform.error.ConflictProblem;
import org.blenddialer.platform.error.NotFoundProblem;

/**
 * The internal and per-campaign DNC lists: entries are added and removed, audited, and count for
 * the very next dial decision. A removal keeps a record of the entry it took away.
 */
@ApplicationScoped
public class DncService {

  private final DncMemory memory;
  private final PhoneNumbers phoneNumbers;
  private final AuditTrail audit;
  private final InstantSource clock;

  private final TransactionSynchronizationRegistry transactions;

  DncService(
      DncMemory memory,
      PhoneNumbers phoneNumbers,
      AuditTrail audit,
      InstantSource clock,
      TransactionSynchronizationRegistry transactions) {
    this.memory = memory;
    this.phoneNumbers = phoneNumbers;
    this.audit = audit;
    this.clock = clock;
    this.transactions = transactions;
  }

  /** All lists, internal first. */
  @Transactional
  public List<DncList> lists() {
    return DncList.listAll(Sort.by("id"));
  }

  /** One list by code ({@code internal} or {@code campaign:<id>}). */
  @Transactional
  public DncList list(String code) {
    DncList list = DncList.byCode(code);
    if (list == null) {
      throw new NotFoundProblem("DNC list", code);
    }
    return list;
  }

  /** Creates a campaign's own list. */
  @Transactional
  public DncList createCampaignList(String campaignId, String title, String actor) {
    String code = DialCheck.campaignList(campaignId);
    if (DncList.byCode(code) != null) {
      throw new ConflictProblem("Campaign " + campaignId + " already has a DNC list");
    }
    DncList list = new DncList();
    list.code = code;
    list.kind = DncList.Kind.CAMPAIGN;
    list.campaignId = campaignId;
    list.title = title == null || title.isBlank() ? "DNC list of campaign " + campaignId : title;
    list.createdAt = clock.instant();
    list.createdBy = actor;
    list.persist();
    audit.append(
        AuditEntry.of(actor, "dnc.list.created").subject("dnc-list", code).campaign(campaignId));
    return list;
  }

  /**
   * Adds a number to a list (adding it again changes nothing). It counts for the next dial decision
   * at once: the in-memory index learns it before the transaction commits, erring on the side of
   * not dialing should the commit fail.
   */
  @Transactional
  public DncEntry add(String code, String number, String channel, String note, String actor) {
    DncList list = list(code);
    String e164 = phoneNumbers.e164("number", number);
    long digits = Long.parseLong(e164.substring(1));
    DncEntry existing =
        DncEntry.<DncEntry>find("listId = ?1 and number = ?2", list.id, digits).firstResult();
    if (existing != null) {
      return existing;
    }
    DncEntry entry = new DncEntry();
    entry.listId = list.id;
    entry.number = digits;
    entry.e164 = e164;
    entry.channel = channel == null || channel.isBlank() ? "api" : channel;
    entry.note = note;
    entry.addedAt = clock.instant();
    entry.addedBy = actor;
    entry.persist();
    DncEntry.getEntityManager().flush();
    memory.added(code, digits, entry.id);
    audit.append(
        AuditEntry.of(actor, "dnc.entry.added")
            .subject("dnc-list", code)
            .phone(e164)
            .campaign(list.campaignId)
            .detail("channel", entry.channel)
            .detail("note", note));
    return entry;
  }

  /**
   * Takes a number off a list, audited with the reason. The index forgets it only once the removal
   * is committed: until then the number stays unreachable, erring on the side of not dialing.
   *
   * @throws NotFoundProblem if the list does not exist or the number is not on it
   */
  @Transactional
  public DncRemoval remove(String code, String number, String reason, String actor) {
    DncList list = list(code);
    String e164 = phoneNumbers.e164("number", number);
    long digits = Long.parseLong(e164.substring(1));
    DncEntry entry =
        DncEntry.<DncEntry>find("listId = ?1 and number = ?2", list.id, digits).firstResult();
    if (entry == null) {
      throw new NotFoundProblem("Entry on DNC list " + code, e164);
    }
    DncRemoval removal = new DncRemoval();
    removal.listId = list.id;
    removal.entryId = entry.id;
    removal.number = digits;
    removal.e164 = e164;
    removal.channel = entry.channel;
    removal.addedAt = entry.addedAt;
    removal.addedBy = entry.addedBy;
    removal.removedAt = clock.instant();
    removal.removedBy = actor;
    removal.reason = reason;
    removal.persist();
    entry.delete();
    DncEntry.getEntityManager().flush();
    long removalId = removal.id;
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              memory.removed(code, digits, removalId);
            }
          }
        });
    audit.append(
        AuditEntry.of(actor, "dnc.entry.removed")
            .subject("dnc-list", code)
            .phone(e164)
            .campaign(list.campaignId)
            .detail("reason", reason)
            .detail("addedAt", entry.addedAt)
            .detail("addedBy", entry.addedBy)
            .detail("channel", entry.channel));
    return removal;
  }

  /** Removals from a list, newest first, optionally only for one number. */
  @Transactional
  public List<DncRemoval> removals(String code, String number, int limit) {
    DncList list = list(code);
    Sort newest = Sort.by("id", Sort.Direction.Descending);
    int max = limit <= 0 ? 100 : Math.min(limit, 10_000);
    if (number != null && !number.isBlank()) {
      String e164 = phoneNumbers.e164("number", number);
      return DncRemoval.<DncRemoval>find("listId = ?1 and e164 = ?2", newest, list.id, e164)
          .page(0, max)
          .list();
    }
    return DncRemoval.<DncRemoval>find("listId", newest, list.id).page(0, max).list();
  }

  /** A list's entries, newest first, optionally only for one number. */
  @Transactional
  public List<DncEntry> entries(String code, String number, int limit) {
    DncList list = list(code);
    Sort newest = Sort.by("id", Sort.Direction.Descending);
    int max = limit <= 0 ? 100 : Math.min(limit, 10_000);
    if (number != null && !number.isBlank()) {
      String e164 = phoneNumbers.e164("number", number);
      return DncEntry.<DncEntry>find("listId = ?1 and e164 = ?2", newest, list.id, e164)
          .page(0, max)
          .list();
    }
    return DncEntry.<DncEntry>find("listId", newest, list.id).page(0, max).list();
  }
}

package org.blenddialer.audit.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.blenddialer.audit.persistence.AuditRecord;

/** Finds audit records for compliance officers: by number, campaign, time, decision, rule. */
@ApplicationScoped
public class AuditSearch {

  /** Records matching the query, newest first. */
  @Transactional
  public List<AuditRecord> find(AuditQuery q) {
    List<String> where = new ArrayList<>();
    Parameters params = new Parameters();
    if (q.phoneNumber() != null) {
      where.add("phoneNumber = :phone");
      params.and("phone", q.phoneNumber());
    }
    if (q.campaignId() != null) {
      where.add("campaignId = :campaign");
      params.and("campaign", q.campaignId());
    }
    if (q.from() != null) {
      where.add("recordedAt >= :from");
      params.and("from", q.from());
    }
    if (q.to() != null) {
      where.add("recordedAt < :to");
      params.and("to", q.to());
    }
    if (q.decision() != null) {
      where.add("decision = :decision");
      params.and("decision", q.decision());
    }
    if (q.ruleId() != null) {
      where.add("ruleId = :rule");
      params.and("rule", q.ruleId());
    }
    if (q.action() != null) {
      where.add("action = :action");
      params.and("action", q.action());
    }
    Sort newestFirst = Sort.by("seq", Sort.Direction.Descending);
    var query =
        where.isEmpty()
            ? AuditRecord.<AuditRecord>findAll(newestFirst)
            : AuditRecord.<AuditRecord>find(String.join(" and ", where), newestFirst, params);
    return query.page(0, q.limit()).list();
  }
}

package org.blenddialer.compliance.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.blenddialer.audit.service.AuditEntry;
import org.blenddialer.audit.service.AuditTrail;
import org.blenddialer.compliance.config.ComplianceConfig;
import org.blenddialer.compliance.persistence.RegistryImport;
import org.blenddialer.core.compliance.PolicyPack;

/**
 * Enforces retention periods per data class; each run is audited with what it removed. Data
 * classes: the numbers of registry copies superseded by a newer import (the import's version record
 * itself is kept), call records (inbound calls and their dispositions, outbound call attempts), and
 * lead import reports (the rejected rows' raw values; the job's counts are kept). Audit records are
 * never pruned.
 */
@ApplicationScoped
public class RetentionService {

  private final ComplianceConfig config;
  private final AuditTrail audit;
  private final AgroalDataSource dataSource;
  private final InstantSource clock;
  private final PolicyPackCatalogue catalogue;

  RetentionService(
      ComplianceConfig config,
      AuditTrail audit,
      AgroalDataSource dataSource,
      InstantSource clock,
      PolicyPackCatalogue catalogue) {
    this.config = config;
    this.audit = audit;
    this.dataSource = dataSource;
    this.clock = clock;
    this.catalogue = catalogue;
  }

  /**
   * What one run removed.
   *
   * @param registryCopies superseded registry copies whose numbers were removed
   * @param registryNumbers numbers removed with them
   * @param callRecords inbound call records removed
   * @param callDispositions dispositions of those calls removed
   * @param callAttempts outbound call attempts removed
   * @param importReportLines lines of import reports removed
   */
  public record Run(
      int registryCopies,
      long registryNumbers,
      long callRecords,
      long callDispositions,
      long callAttempts,
      long importReportLines) {}

  /**
   * The period call records are kept: the configured one, raised to the longest record retention of
   * any pack in force.
   */
  public Duration callRecordRetention() {
    Instant now = clock.instant();
    Instant keepUntil = now.plus(config.callRecordRetention());
    for (PolicyPack pack : catalogue.packs().values()) {
      if (pack.recordRetention() != null) {
        Instant packMinimum = now.atOffset(ZoneOffset.UTC).plus(pack.recordRetention()).toInstant();
        if (packMinimum.isAfter(keepUntil)) {
          keepUntil = packMinimum;
        }
      }
    }
    return Duration.between(now, keepUntil);
  }

  /** Removes what is past its retention period and audits the run. */
  @Transactional
  public Run enforce(String actor) {
    Instant cutoff = clock.instant().minus(config.supersededRegistryRetention());
    // A copy is superseded when a newer import of its registry exists; its period runs from then.
    List<RegistryImport> superseded =
        RegistryImport.list(
            "from RegistryImport i where exists (select 1 from RegistryImport n"
                + " where n.registry = i.registry and n.id > i.id and n.importedAt < ?1)",
            cutoff);
    long removed = 0;
    int copies = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("DELETE FROM dnc_registry_number WHERE import_id = ?")) {
      for (RegistryImport i : superseded) {
        s.setLong(1, i.id);
        int n = s.executeUpdate();
        if (n > 0) {
          copies++;
          removed += n;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("retention could not remove superseded registry copies", e);
    }
    Duration callRetention = callRecordRetention();
    Instant callCutoff = clock.instant().minus(callRetention);
    Instant reportCutoff = clock.instant().minus(config.importReportRetention());
    long calls;
    long dispositions;
    long attempts;
    long reportLines;
    try (Connection c = dataSource.getConnection()) {
      dispositions =
          deleteBefore(c, "DELETE FROM inbound_call_disposition WHERE set_at < ?", callCutoff);
      calls = deleteBefore(c, "DELETE FROM inbound_call WHERE ended_at < ?", callCutoff);
      // call_attempt rows are never updated once closed nor deleted, except here: the retention
      // period is the one removal the record-keeping rules allow. Open attempts are never touched.
      attempts = deleteBefore(c, "DELETE FROM call_attempt WHERE ended_at < ?", callCutoff);
      reportLines =
          deleteBefore(
              c,
              "DELETE FROM lead_import_rejection WHERE import_id IN"
                  + " (SELECT id FROM lead_import WHERE finished_at < ?)",
              reportCutoff);
    } catch (SQLException e) {
      throw new IllegalStateException("retention could not remove expired records", e);
    }
    audit.append(
        AuditEntry.of(actor, "retention.enforced")
            .detail("registryCopies", copies)
            .detail("registryNumbers", removed)
            .detail("supersededRegistryRetention", config.supersededRegistryRetention())
            .detail("callRecords", calls)
            .detail("callDispositions", dispositions)
            .detail("callAttempts", attempts)
            .detail("callRecordRetention", callRetention)
            .detail("importReportLines", reportLines)
            .detail("importReportRetention", config.importReportRetention()));
    return new Run(copies, removed, calls, dispositions, attempts, reportLines);
  }

  private static long deleteBefore(Connection c, String sql, Instant cutoff) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      // DATETIME(6) columns hold UTC wall time.
      s.setObject(1, LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC));
      return s.executeUpdate();
    }
  }
}

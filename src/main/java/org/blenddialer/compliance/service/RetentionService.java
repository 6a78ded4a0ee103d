package org.blenddialer.compliance.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.blenddialer.audit.service.AuditEntry;
import org.blenddialer.audit.service.AuditTrail;
import org.blenddialer.compliance.config.ComplianceConfig;
import org.blenddialer.compliance.persistence.RegistryImport;

/**
 * Enforces retention periods per data class; each run is audited. Covered so far: the numbers of
 * registry copies superseded by a newer import (the import's version record itself is kept).
 */
@ApplicationScoped
public class RetentionService {

  private final ComplianceConfig config;
  private final AuditTrail audit;
  private final AgroalDataSource dataSource;
  private final InstantSource clock;

  RetentionService(
      ComplianceConfig config, AuditTrail audit, AgroalDataSource dataSource, InstantSource clock) {
    this.config = config;
    this.audit = audit;
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** What one run removed. */
  public record Run(int registryCopies, long registryNumbers) {}

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
    audit.append(
        AuditEntry.of(actor, "retention.enforced")
            .detail("registryCopies", copies)
            .detail("registryNumbers", removed)
            .detail("supersededRegistryRetention", config.supersededRegistryRetention()));
    return new Run(copies, removed);
  }
}

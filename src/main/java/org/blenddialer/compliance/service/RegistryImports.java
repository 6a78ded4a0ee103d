package org.blenddialer.compliance.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.blenddialer.audit.service.AuditEntry;
import org.blenddialer.audit.service.AuditTrail;
import org.blenddialer.compliance.dnc.DncMemory;
import org.blenddialer.compliance.dnc.RegistryFile;
import org.blenddialer.compliance.persistence.RegistryImport;
import org.blenddialer.core.compliance.dnc.DncIndex;
import org.blenddialer.core.compliance.dnc.LongList;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.platform.error.NotFoundProblem;

/** Imports national registry files; each import is a version with the date its copy was current. */
@ApplicationScoped
public class RegistryImports {

  private static final int BATCH = 5000;

  private final PolicyPackCatalogue catalogue;
  private final DncMemory memory;
  private final AuditTrail audit;
  private final AgroalDataSource dataSource;
  private final InstantSource clock;

  RegistryImports(
      PolicyPackCatalogue catalogue,
      DncMemory memory,
      AuditTrail audit,
      AgroalDataSource dataSource,
      InstantSource clock) {
    this.catalogue = catalogue;
    this.memory = memory;
    this.audit = audit;
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** A registry and its newest import, if any. */
  public record RegistryStatus(String registry, String callingCode, RegistryImport latest) {}

  /** Every registry a pack names, with its newest import. */
  @Transactional
  public List<RegistryStatus> status() {
    List<RegistryStatus> result = new ArrayList<>();
    catalogue
        .registries()
        .forEach((id, code) -> result.add(new RegistryStatus(id, code, RegistryImport.latest(id))));
    return result;
  }

  /**
   * Imports a registry file (one number a line, national digits or E.164) current as of {@code
   * asOf}, and puts it in force for the next dial decision.
   */
  @Transactional
  public RegistryImport importFile(String registry, Instant asOf, InputStream file, String actor) {
    String callingCode = catalogue.registries().get(registry);
    if (callingCode == null) {
      throw new NotFoundProblem("Registry", registry);
    }
    if (asOf == null) {
      throw InvalidInputProblem.ofField("asOf", "the date the registry copy was current");
    }
    if (asOf.isAfter(clock.instant())) {
      throw InvalidInputProblem.ofField("asOf", "cannot be in the future");
    }
    MessageDigest sha256 = sha256();
    RegistryFile.Contents contents;
    try (InputStream in = new DigestInputStream(file, sha256)) {
      contents = RegistryFile.read(in, callingCode);
    } catch (IOException e) {
      throw new UncheckedIOException("registry file could not be read", e);
    }
    LongList numbers = contents.numbers();
    DncIndex index = DncIndex.of(numbers.backingArray(), numbers.size());
    RegistryImport version = new RegistryImport();
    version.registry = registry;
    version.asOf = asOf;
    version.importedAt = clock.instant();
    version.importedBy = actor;
    version.numberCount = index.size();
    version.rejectedLines = contents.rejectedLines();
    version.contentSha256 = HexFormat.of().formatHex(sha256.digest());
    version.persist();
    RegistryImport.getEntityManager().flush();
    // DncIndex.of left the distinct numbers sorted at the front of the array.
    insertNumbers(version.id, numbers.backingArray(), (int) index.size());
    audit.append(
        AuditEntry.of(actor, "dnc.registry.imported")
            .subject("registry", registry)
            .detail("import", version.id)
            .detail("asOf", asOf)
            .detail("numbers", version.numberCount)
            .detail("rejectedLines", version.rejectedLines)
            .detail("sha256", version.contentSha256));
    memory.replaceRegistry(registry, version.id, asOf, index);
    return version;
  }

  private void insertNumbers(long importId, long[] sorted, int count) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO dnc_registry_number (import_id, number) VALUES (?, ?)")) {
      for (int i = 0; i < count; i++) {
        s.setLong(1, importId);
        s.setLong(2, sorted[i]);
        s.addBatch();
        if ((i + 1) % BATCH == 0) {
          s.executeBatch();
        }
      }
      s.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("registry numbers could not be stored", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

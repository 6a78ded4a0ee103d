package org.blenddialer.compliance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One imported copy of a national registry: a version with the date it was current. */
@Entity
@Table(name = "dnc_registry_import")
public class RegistryImport extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, length = 32)
  public String registry;

  @Column(name = "as_of", nullable = false)
  public Instant asOf;

  @Column(name = "imported_at", nullable = false)
  public Instant importedAt;

  @Column(name = "imported_by", nullable = false, length = 128)
  public String importedBy;

  @Column(name = "number_count", nullable = false)
  public long numberCount;

  @Column(name = "rejected_lines", nullable = false)
  public long rejectedLines;

  @Column(name = "content_sha256", nullable = false, length = 64, columnDefinition = "CHAR(64)")
  public String contentSha256;

  /** The newest import of a registry, or null. */
  public static RegistryImport latest(String registry) {
    return find("registry = ?1 order by id desc", registry).firstResult();
  }
}

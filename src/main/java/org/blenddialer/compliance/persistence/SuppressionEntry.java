package org.blenddialer.compliance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An erased person's number, kept only as a keyed one-way hash so they are never called again. */
@Entity
@Table(name = "suppression_entry")
public class SuppressionEntry extends PanacheEntityBase {

  @Id
  @Column(length = 64, columnDefinition = "CHAR(64)")
  public String hash;

  @Column(nullable = false, length = 64)
  public String reason;

  @Column(name = "added_at", nullable = false)
  public Instant addedAt;
}

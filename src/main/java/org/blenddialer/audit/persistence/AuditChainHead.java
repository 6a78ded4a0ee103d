package org.blenddialer.audit.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The newest record of the chain; the row every append locks. */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead extends PanacheEntityBase {

  /** The one row's id. */
  public static final int ID = 1;

  @Id public int id;

  @Column(name = "last_seq", nullable = false)
  public long lastSeq;

  @Column(name = "last_hash", nullable = false, length = 64, columnDefinition = "CHAR(64)")
  public String lastHash;
}

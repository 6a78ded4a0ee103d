package org.blenddialer.compliance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One number on an internal or campaign DNC list; a removal deletes it and keeps a {@link
 * DncRemoval}.
 */
@Entity
@Table(name = "dnc_entry")
public class DncEntry extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "list_id", nullable = false)
  public long listId;

  /** The E.164 digits as a number, the key of the in-memory index. */
  @Column(nullable = false)
  public long number;

  @Column(nullable = false, length = 20)
  public String e164;

  @Column(nullable = false, length = 32)
  public String channel;

  @Column(length = 500)
  public String note;

  @Column(name = "added_at", nullable = false)
  public Instant addedAt;

  @Column(name = "added_by", nullable = false, length = 128)
  public String addedBy;
}

package org.blenddialer.compliance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A number taken off an internal or campaign DNC list: what the entry was, who removed it, why. */
@Entity
@Table(name = "dnc_removal")
public class DncRemoval extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "list_id", nullable = false)
  public long listId;

  /** The id the removed entry had. */
  @Column(name = "entry_id", nullable = false)
  public long entryId;

  @Column(nullable = false)
  public long number;

  @Column(nullable = false, length = 20)
  public String e164;

  @Column(nullable = false, length = 32)
  public String channel;

  @Column(name = "added_at", nullable = false)
  public Instant addedAt;

  @Column(name = "added_by", nullable = false, length = 128)
  public String addedBy;

  @Column(name = "removed_at", nullable = false)
  public Instant removedAt;

  @Column(name = "removed_by", nullable = false, length = 128)
  public String removedBy;

  @Column(nullable = false, length = 500)
  public String reason;
}

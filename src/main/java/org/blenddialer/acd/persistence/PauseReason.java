package org.blenddialer.acd.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A reason an agent may give for pausing (lunch, coaching, technical problem, ...). */
@Entity
@Table(name = "pause_reason")
public class PauseReason extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, unique = true, length = 40)
  public String code;

  @Column(nullable = false, length = 100)
  public String label;

  /** Whether the pause counts as paid working time in reports. */
  @Column(nullable = false)
  public boolean paid;

  /** Longest expected pause; supervisors see agents who exceed it. Null: no limit. */
  @Column(name = "max_minutes")
  public Integer maxMinutes;

  @Column(nullable = false)
  public boolean active = true;

  @Version public int version;

  /** The reason with this code, if any. */
  public static PauseReason findByCode(String code) {
    return find("code", code).firstResult();
  }
}

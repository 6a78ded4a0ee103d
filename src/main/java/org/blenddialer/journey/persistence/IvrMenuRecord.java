package org.blenddialer.journey.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/** A voice menu as stored: its name and its definition (the admin API's JSON). */
@Entity
@Table(name = "ivr_menu")
public class IvrMenuRecord extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, unique = true, length = 40)
  public String name;

  @Column(nullable = false, columnDefinition = "TEXT")
  public String definition;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  public String updatedBy;

  @Version
  @Column(nullable = false)
  public int version;

  public static Optional<IvrMenuRecord> byName(String name) {
    return find("name", name).firstResultOptional();
  }
}

package org.blenddialer.web.preferences;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's own choice of UI language. */
@Entity
@Table(name = "ui_preference")
public class UiPreference extends PanacheEntityBase {

  @Id
  @Column(name = "user_id")
  public Long userId;

  @Column(nullable = false, length = 8)
  public String language;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}

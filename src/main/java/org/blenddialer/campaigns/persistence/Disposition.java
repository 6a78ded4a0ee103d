package org.blenddialer.campaigns.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.blenddialer.core.campaign.DispositionMeaning;

/** A disposition agents set at the end of a call, with what it means. */
@Entity
@Table(name = "disposition")
public class Disposition extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, unique = true, length = 40)
  public String code;

  @Column(nullable = false, length = 100)
  public String label;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public DispositionMeaning meaning;

  @Column(nullable = false)
  public boolean active = true;

  @Version public int version;

  /** The disposition with this code, if any. */
  public static Disposition findByCode(String code) {
    return find("code", code).firstResult();
  }
}

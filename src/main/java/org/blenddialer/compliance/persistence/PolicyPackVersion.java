package org.blenddialer.compliance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A policy pack version the service has run with, with its content as loaded. */
@Entity
@Table(name = "policy_pack_version")
@IdClass(PolicyPackVersion.Key.class)
public class PolicyPackVersion extends PanacheEntityBase {

  @Id
  @Column(name = "pack_id", length = 32)
  public String packId;

  @Id public int version;

  @Column(name = "content_sha256", nullable = false, length = 64, columnDefinition = "CHAR(64)")
  public String contentSha256;

  @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
  public String content;

  @Column(name = "loaded_at", nullable = false)
  public Instant loadedAt;

  /** The composite key. */
  public static class Key implements Serializable {
    public String packId;
    public int version;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.version == version && Objects.equals(k.packId, packId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(packId, version);
    }
  }
}

package org.blenddialer.leads.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An import job and its progress, as stored; written by the import's SQL, read here. */
@Entity
@Table(name = "lead_import")
public class LeadImport extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "list_id")
  public Long listId;

  @Column(name = "campaign_id", nullable = false)
  public long campaignId;

  @Column(name = "source_name", nullable = false, length = 255)
  public String sourceName;

  @Column(nullable = false, length = 16)
  public String state;

  @Column(name = "file_format", length = 40)
  public String fileFormat;

  @Column(name = "rows_read", nullable = false)
  public long rowsRead;

  @Column(name = "rows_accepted", nullable = false)
  public long rowsAccepted;

  @Column(name = "rows_rejected", nullable = false)
  public long rowsRejected;

  @Column(length = 1000)
  public String problem;

  @Column(name = "created_by", nullable = false, length = 64)
  public String createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "started_at")
  public Instant startedAt;

  @Column(name = "finished_at")
  public Instant finishedAt;
}

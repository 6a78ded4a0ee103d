package org.blenddialer.leads.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.ListIndexBase;

/**
 * A lead as stored: who to call, on which numbers, in which time zone, and the dialing state the
 * hopper works with (status, next call, attempt counters, priority). Imports write leads with SQL
 * batches; this entity is for reading one lead and for the hopper's updates.
 */
@Entity
@Table(name = "lead")
public class Lead extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "list_id", nullable = false)
  public long listId;

  @Column(name = "campaign_id", nullable = false)
  public long campaignId;

  @Column(name = "line_number", nullable = false)
  public long lineNumber;

  @Column(length = 255)
  public String name;

  @Column(name = "postal_code", length = 20)
  public String postalCode;

  @Column(nullable = false, length = 2)
  public String country;

  @Column(name = "phone_e164", nullable = false, length = 16)
  public String phoneE164;

  @Column(name = "phone_kind", nullable = false, length = 8)
  public String phoneKind;

  @Column(name = "phone_type", nullable = false, length = 24)
  public String phoneType;

  @Column(name = "time_zone", length = 64)
  public String timeZone;

  @Column(name = "time_zone_source", nullable = false, length = 16)
  public String timeZoneSource;

  /** Custom fields as a JSON object (TEXT, so MySQL and MariaDB store it alike). */
  @Column(name = "custom_fields", columnDefinition = "text")
  public String customFields;

  @Column(nullable = false, length = 16)
  public String status;

  @Column(nullable = false)
  public int priority;

  @Column(name = "next_call_at", nullable = false)
  public Instant nextCallAt;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "attempts_today", nullable = false)
  public int attemptsToday;

  @Column(name = "attempts_day")
  public LocalDate attemptsDay;

  @Column(name = "last_attempt_id")
  public Long lastAttemptId;

  @Column(name = "last_attempt_at")
  public Instant lastAttemptAt;

  @Column(name = "last_outcome", length = 32)
  public String lastOutcome;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Version public int version;

  /** The lead's further numbers (positions 2 onwards); the main one is {@link #phoneE164}. */
  @ElementCollection
  @CollectionTable(name = "lead_phone", joinColumns = @JoinColumn(name = "lead_id"))
  @OrderColumn(name = "position")
  @ListIndexBase(2)
  public List<LeadPhoneNumber> otherPhones = new ArrayList<>();
}

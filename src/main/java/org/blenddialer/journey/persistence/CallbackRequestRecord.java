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

/** A caller's request to be called back, from the offer to the connected (or failed) callback. */
@Entity
@Table(name = "callback_request")
public class CallbackRequestRecord extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "pbx_server", nullable = false, length = 60)
  public String pbxServer;

  /** The caller's original call (the channel that waited in the queue). */
  @Column(name = "call_id", nullable = false, length = 64)
  public String callId;

  @Column(nullable = false, length = 80)
  public String queue;

  @Column(nullable = false, length = 40)
  public String number;

  /** When the caller first joined the queue: the place in line the callback keeps. */
  @Column(name = "place_in_line", nullable = false)
  public Instant placeInLine;

  @Column(name = "requested_at", nullable = false)
  public Instant requestedAt;

  /** WAITING, CALLING, CONNECTED, DONE or FAILED. */
  @Column(nullable = false, length = 20)
  public String status;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  public Instant nextAttemptAt;

  @Column(name = "agent_id")
  public Long agentId;

  @Column(name = "agent_device", length = 120)
  public String agentDevice;

  /** The callback call's own id (Uniqueid of the channel to the caller), once answered. */
  @Column(name = "callback_call_id", length = 64)
  public String callbackCallId;

  @Column(name = "last_outcome", length = 40)
  public String lastOutcome;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version
  @Column(nullable = false)
  public int version;
}

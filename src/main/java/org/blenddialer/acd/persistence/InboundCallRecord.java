package org.blenddialer.acd.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.blenddialer.acd.InboundOutcome;

/** One inbound call from queue entry to hangup; written once, when the call is over. */
@Entity
@Table(name = "inbound_call")
public class InboundCallRecord extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  /** The PBX's unique id of the caller's channel. */
  @Column(name = "call_id", nullable = false, length = 64)
  public String callId;

  @Column(name = "pbx_server", nullable = false, length = 60)
  public String pbxServer;

  /** The Asterisk queue the caller waited in. */
  @Column(nullable = false, length = 80)
  public String queue;

  @Column(name = "caller_number", nullable = false, length = 40)
  public String callerNumber;

  @Column(name = "entered_at", nullable = false)
  public Instant enteredAt;

  @Column(name = "answered_at")
  public Instant answeredAt;

  @Column(name = "ended_at", nullable = false)
  public Instant endedAt;

  @Column(name = "wait_seconds", nullable = false)
  public double waitSeconds;

  @Column(name = "talk_seconds", nullable = false)
  public double talkSeconds;

  @Column(name = "wrapup_seconds", nullable = false)
  public double wrapUpSeconds;

  @Column(name = "agent_id")
  public Long agentId;

  @Column(name = "agent_device", length = 120)
  public String agentDevice;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public InboundOutcome outcome;

  /** agent, caller or transfer, as the PBX reported the end of a connected call. */
  @Column(name = "ended_by", length = 20)
  public String endedBy;

  @Column(name = "recording_ref", length = 200)
  public String recordingRef;
}

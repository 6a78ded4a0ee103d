package org.blenddialer.callcontrol.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One party's part in a call under agent call control: who, from when to when, how it ended. */
@Entity
@Table(name = "call_leg")
public class CallLeg extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "pbx_server", nullable = false, length = 60)
  public String pbxServer;

  @Column(name = "call_id", nullable = false, length = 64)
  public String callId;

  /** 1 for the agent who answered, then in the order the legs began. */
  @Column(nullable = false)
  public int seq;

  /** AGENT, QUEUE or EXTERNAL. */
  @Column(name = "party_kind", nullable = false, length = 16)
  public String partyKind;

  /** The agent's phone, the queue, or the number. */
  @Column(nullable = false, length = 120)
  public String party;

  @Column(name = "agent_id")
  public Long agentId;

  /** ANSWERED (took it from the queue), CONSULTED, TRANSFERRED (blind) or CONFERENCE. */
  @Column(nullable = false, length = 16)
  public String role;

  @Column(name = "started_at", nullable = false)
  public Instant startedAt;

  @Column(name = "connected_at")
  public Instant connectedAt;

  @Column(name = "ended_at")
  public Instant endedAt;

  /** TRANSFERRED, CONFERENCE, HUNG_UP, CANCELLED or NOT_ANSWERED; null while the leg lasts. */
  @Column(name = "ended_how", length = 16)
  public String endedHow;

  /** The note the handing-over agent wrote for this party. */
  @Column(length = 1000)
  public String note;
}

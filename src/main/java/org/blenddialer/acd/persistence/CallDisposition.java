package org.blenddialer.acd.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What an agent recorded about an inbound call; a later one for the same call supersedes it. */
@Entity
@Table(name = "inbound_call_disposition")
public class CallDisposition extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "pbx_server", nullable = false, length = 60)
  public String pbxServer;

  @Column(name = "call_id", nullable = false, length = 64)
  public String callId;

  @Column(name = "agent_id", nullable = false)
  public Long agentId;

  @Column(nullable = false, length = 40)
  public String code;

  /** Whether the caller's matter was resolved on this call (first-contact resolution). */
  @Column public Boolean resolved;

  @Column(length = 500)
  public String note;

  @Column(name = "set_at", nullable = false)
  public Instant setAt;
}

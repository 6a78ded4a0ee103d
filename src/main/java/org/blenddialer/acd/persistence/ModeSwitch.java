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
import org.blenddialer.core.agent.AgentMode;

/** One change of an agent's working mode, by blending or by a person, with the reason. */
@Entity
@Table(name = "agent_mode_switch")
public class ModeSwitch extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "agent_id", nullable = false)
  public Long agentId;

  @Column(name = "switched_at", nullable = false)
  public Instant switchedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_mode", nullable = false, length = 20)
  public AgentMode fromMode;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_mode", nullable = false, length = 20)
  public AgentMode toMode;

  /** "blending" or the username of the person who changed it. */
  @Column(name = "switched_by", nullable = false, length = 64)
  public String switchedBy;

  @Column(nullable = false, length = 400)
  public String reason;
}

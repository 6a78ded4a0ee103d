package org.blenddialer.agents.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.blenddialer.core.agent.AgentMode;
import org.blenddialer.users.persistence.UserAccount;

/** A user who takes calls, with the phone device they take them on and the queues they serve. */
@Entity
@Table(name = "agent")
public class Agent extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @OneToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "user_id", nullable = false, unique = true)
  public UserAccount user;

  @Column(name = "display_name", nullable = false, length = 128)
  public String displayName;

  /** The Asterisk interface that rings the agent's phone, e.g. PJSIP/1001. */
  @Column(nullable = false, unique = true, length = 120)
  public String device;

  @Column(name = "allow_inbound", nullable = false)
  public boolean allowInbound;

  @Column(name = "allow_outbound", nullable = false)
  public boolean allowOutbound;

  @Column(name = "allow_blended", nullable = false)
  public boolean allowBlended;

  @Column(nullable = false)
  public boolean active = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "agent_skill", joinColumns = @JoinColumn(name = "agent_id"))
  public Set<QueueSkill> skills = new HashSet<>();

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public int version;

  /** The modes an administrator allows this agent. */
  public Set<AgentMode> allowedModes() {
    Set<AgentMode> modes = EnumSet.noneOf(AgentMode.class);
    if (allowInbound) {
      modes.add(AgentMode.INBOUND);
    }
    if (allowOutbound) {
      modes.add(AgentMode.OUTBOUND);
    }
    if (allowBlended) {
      modes.add(AgentMode.BLENDED);
    }
    return modes;
  }

  /** Sets the allowed modes. */
  public void allowModes(Set<AgentMode> modes) {
    allowInbound = modes.contains(AgentMode.INBOUND);
    allowOutbound = modes.contains(AgentMode.OUTBOUND);
    allowBlended = modes.contains(AgentMode.BLENDED);
  }

  /** The agent record of a user, if any. */
  public static Agent findByUser(long userId) {
    return find("user.id", userId).firstResult();
  }
}

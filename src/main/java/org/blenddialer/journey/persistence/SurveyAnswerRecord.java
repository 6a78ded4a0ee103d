package org.blenddialer.journey.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A caller's answer to the post-call survey (1 to 5), with the call and the agent. */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswerRecord extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "pbx_server", nullable = false, length = 60)
  public String pbxServer;

  @Column(name = "call_id", nullable = false, length = 64)
  public String callId;

  @Column(nullable = false, length = 80)
  public String queue;

  @Column(name = "agent_id")
  public Long agentId;

  @Column(name = "agent_device", length = 120)
  public String agentDevice;

  /** The outbound call attempt the answer follows (a campaign's survey), else null. */
  @Column(name = "attempt_id")
  public Long attemptId;

  /** The campaign whose survey it is, else null (a queue's). */
  @Column(name = "campaign_id")
  public Long campaignId;

  @Column(nullable = false)
  public int score;

  @Column(name = "answered_at", nullable = false)
  public Instant answeredAt;
}

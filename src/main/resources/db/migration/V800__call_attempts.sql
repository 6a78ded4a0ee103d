-- Outbound dialing (issue 6): one immutable row per claimed lead. The hopper inserts it in the
-- same transaction that marks the lead DIALING, before the originate; the closing fields
-- (ended_at, outcome, ...) are then written once, by a statement that only matches while
-- ended_at IS NULL, so a second close changes nothing.
CREATE TABLE call_attempt (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  lead_id          BIGINT        NOT NULL,
  campaign_id      BIGINT        NOT NULL,
  attempt_number   INT           NOT NULL,
  phone_e164       VARCHAR(16)   NOT NULL,
  caller_id        VARCHAR(16)   NOT NULL,
  server           VARCHAR(60)   NOT NULL,
  dial_mode        VARCHAR(20)   NOT NULL,
  pacing_policy    VARCHAR(20)   NOT NULL,
  pacing_detail    VARCHAR(120)  NULL,
  preview_agent_id BIGINT        NULL,
  queued_at        DATETIME(6)   NOT NULL,
  dialed_at        DATETIME(6)   NULL,
  answered_at      DATETIME(6)   NULL,
  connected_at     DATETIME(6)   NULL,
  ended_at         DATETIME(6)   NULL,
  outcome          VARCHAR(20)   NULL,
  deny_rule        VARCHAR(60)   NULL,
  amd_verdict      VARCHAR(10)   NULL,
  call_id          VARCHAR(64)   NULL,
  channel          VARCHAR(120)  NULL,
  agent_id         BIGINT        NULL,
  agent_interface  VARCHAR(120)  NULL,
  talk_seconds     INT           NULL,
  dropped          BOOLEAN       NOT NULL DEFAULT FALSE,
  disposition      VARCHAR(40)   NULL,
  disposition_by   VARCHAR(64)   NULL,
  disposition_at   DATETIME(6)   NULL,
  PRIMARY KEY (id),
  KEY ix_call_attempt_lead (lead_id, queued_at),
  KEY ix_call_attempt_campaign (campaign_id, queued_at),
  KEY ix_call_attempt_open (ended_at, campaign_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A scheduled callback: the lead waits in status CALLBACK (anyone) or CALLBACK_AGENT (only
-- its owner, through preview) with next_call_at = due_at; the row says who asked and for whom.
CREATE TABLE lead_callback (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  lead_id     BIGINT       NOT NULL,
  campaign_id BIGINT       NOT NULL,
  attempt_id  BIGINT       NULL,
  due_at      DATETIME(6)  NOT NULL,
  local_time  VARCHAR(40)  NOT NULL,
  time_zone   VARCHAR(64)  NOT NULL,
  agent_id    BIGINT       NULL,
  set_by      VARCHAR(64)  NOT NULL,
  set_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_lead_callback_agent (agent_id, due_at),
  KEY ix_lead_callback_lead (lead_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

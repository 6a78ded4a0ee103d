-- Inbound call records, agent dispositions on them, and blending's mode switches (issue 5).
-- All three are append-only: a record is written once, when the fact is final.
CREATE TABLE inbound_call (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  call_id         VARCHAR(64)  NOT NULL,
  pbx_server      VARCHAR(60)  NOT NULL,
  queue           VARCHAR(80)  NOT NULL,
  caller_number   VARCHAR(40)  NOT NULL,
  entered_at      DATETIME(6)  NOT NULL,
  answered_at     DATETIME(6)  NULL,
  ended_at        DATETIME(6)  NOT NULL,
  wait_seconds    DOUBLE       NOT NULL,
  talk_seconds    DOUBLE       NOT NULL,
  wrapup_seconds  DOUBLE       NOT NULL,
  agent_id        BIGINT       NULL,
  agent_device    VARCHAR(120) NULL,
  outcome         VARCHAR(20)  NOT NULL,
  ended_by        VARCHAR(20)  NULL,
  recording_ref   VARCHAR(200) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_inbound_call UNIQUE (pbx_server, call_id),
  CONSTRAINT fk_inbound_call_agent FOREIGN KEY (agent_id) REFERENCES agent (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_inbound_call_queue_time ON inbound_call (queue, entered_at);
CREATE INDEX ix_inbound_call_time ON inbound_call (entered_at);
CREATE INDEX ix_inbound_call_caller ON inbound_call (caller_number, entered_at);

CREATE TABLE inbound_call_disposition (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  pbx_server  VARCHAR(60)  NOT NULL,
  call_id     VARCHAR(64)  NOT NULL,
  agent_id    BIGINT       NOT NULL,
  code        VARCHAR(40)  NOT NULL,
  resolved    BOOLEAN      NULL,
  note        VARCHAR(500) NULL,
  set_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_inbound_disposition_agent FOREIGN KEY (agent_id) REFERENCES agent (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_inbound_disposition_call ON inbound_call_disposition (pbx_server, call_id);

CREATE TABLE agent_mode_switch (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  agent_id     BIGINT       NOT NULL,
  switched_at  DATETIME(6)  NOT NULL,
  from_mode    VARCHAR(20)  NOT NULL,
  to_mode      VARCHAR(20)  NOT NULL,
  switched_by  VARCHAR(64)  NOT NULL,
  reason       VARCHAR(400) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_mode_switch_agent FOREIGN KEY (agent_id) REFERENCES agent (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_mode_switch_time ON agent_mode_switch (switched_at);

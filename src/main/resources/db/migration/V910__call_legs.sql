-- Agent call control (issue 9): every leg of a call that an agent held, transferred or
-- conferenced: who was connected, from when to when, and how their part ended.
CREATE TABLE call_leg (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  pbx_server    VARCHAR(60)  NOT NULL,
  call_id       VARCHAR(64)  NOT NULL,
  seq           INT          NOT NULL,
  party_kind    VARCHAR(16)  NOT NULL,
  party         VARCHAR(120) NOT NULL,
  agent_id      BIGINT       NULL,
  role          VARCHAR(16)  NOT NULL,
  started_at    DATETIME(6)  NOT NULL,
  connected_at  DATETIME(6)  NULL,
  ended_at      DATETIME(6)  NULL,
  ended_how     VARCHAR(16)  NULL,
  note          VARCHAR(1000) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_call_leg UNIQUE (pbx_server, call_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_call_leg_agent ON call_leg (agent_id, started_at);

-- Post-call survey (issue 9): which queues ask their callers after the agent hung up, and the
-- answers (append-only), kept with the call and the agent who took it.
CREATE TABLE queue_survey (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  asterisk_queue  VARCHAR(80)  NOT NULL,
  enabled         BOOLEAN      NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  version         INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_queue_survey UNIQUE (asterisk_queue)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_answer (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  pbx_server    VARCHAR(60)  NOT NULL,
  call_id       VARCHAR(64)  NOT NULL,
  queue         VARCHAR(80)  NOT NULL,
  agent_id      BIGINT       NULL,
  agent_device  VARCHAR(120) NULL,
  score         INT          NOT NULL,
  answered_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_survey_answer UNIQUE (pbx_server, call_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_survey_answer_time ON survey_answer (answered_at);

-- Callback instead of waiting (issue 9): each queue's callback rules and announcements, and every
-- callback a caller asked for, with its place in line (when they first joined the queue).
CREATE TABLE queue_callback_policy (
  id                     BIGINT       NOT NULL AUTO_INCREMENT,
  asterisk_queue         VARCHAR(80)  NOT NULL,
  enabled                BOOLEAN      NOT NULL,
  threshold_seconds      INT          NOT NULL,
  window_start           VARCHAR(5)   NOT NULL,
  window_end             VARCHAR(5)   NOT NULL,
  zone                   VARCHAR(64)  NOT NULL,
  max_attempts           INT          NOT NULL,
  retry_delay_seconds    INT          NOT NULL,
  announce_position      BOOLEAN      NOT NULL,
  announce_wait          BOOLEAN      NOT NULL,
  announce_every_seconds INT          NOT NULL,
  updated_at             DATETIME(6)  NOT NULL,
  version                INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_queue_callback_policy UNIQUE (asterisk_queue)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE callback_request (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  pbx_server       VARCHAR(60)  NOT NULL,
  call_id          VARCHAR(64)  NOT NULL,
  queue            VARCHAR(80)  NOT NULL,
  number           VARCHAR(40)  NOT NULL,
  place_in_line    DATETIME(6)  NOT NULL,
  requested_at     DATETIME(6)  NOT NULL,
  status           VARCHAR(20)  NOT NULL,
  attempts         INT          NOT NULL,
  next_attempt_at  DATETIME(6)  NOT NULL,
  agent_id         BIGINT       NULL,
  agent_device     VARCHAR(120) NULL,
  callback_call_id VARCHAR(64)  NULL,
  last_outcome     VARCHAR(40)  NULL,
  updated_at       DATETIME(6)  NOT NULL,
  version          INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_callback_request_call UNIQUE (pbx_server, call_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_callback_request_status ON callback_request (status, next_attempt_at);

-- The pause an agent is in while reserved for (and talking on) a callback.
INSERT INTO pause_reason (code, label, paid, max_minutes, active, version)
SELECT 'CALLBACK', 'Reserved for a callback', TRUE, NULL, TRUE, 0 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM pause_reason WHERE code = 'CALLBACK');

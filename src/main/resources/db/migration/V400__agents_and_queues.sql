-- Inbound queues, pause reasons, agents and their skills (issue 5).
CREATE TABLE acd_queue (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  name                 VARCHAR(100) NOT NULL,
  asterisk_queue       VARCHAR(80)  NOT NULL,
  strategy             VARCHAR(20)  NOT NULL,
  sl_target_percent    INT          NOT NULL,
  sl_threshold_seconds INT          NOT NULL,
  wrapup_seconds       INT          NOT NULL,
  ring_timeout_seconds INT          NOT NULL,
  recording            BOOLEAN      NOT NULL,
  active               BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at           DATETIME(6)  NOT NULL,
  updated_at           DATETIME(6)  NOT NULL,
  version              INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_acd_queue_name UNIQUE (name),
  CONSTRAINT uq_acd_queue_asterisk UNIQUE (asterisk_queue)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pause_reason (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  code        VARCHAR(40)  NOT NULL,
  label       VARCHAR(100) NOT NULL,
  paid        BOOLEAN      NOT NULL,
  max_minutes INT          NULL,
  active      BOOLEAN      NOT NULL DEFAULT TRUE,
  version     INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_pause_reason_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agent (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  user_id        BIGINT       NOT NULL,
  display_name   VARCHAR(128) NOT NULL,
  device         VARCHAR(120) NOT NULL,
  allow_inbound  BOOLEAN      NOT NULL,
  allow_outbound BOOLEAN      NOT NULL,
  allow_blended  BOOLEAN      NOT NULL,
  active         BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at     DATETIME(6)  NOT NULL,
  updated_at     DATETIME(6)  NOT NULL,
  version        INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_agent_user UNIQUE (user_id),
  CONSTRAINT uq_agent_device UNIQUE (device),
  CONSTRAINT fk_agent_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agent_skill (
  agent_id BIGINT NOT NULL,
  queue_id BIGINT NOT NULL,
  penalty  INT    NOT NULL,
  PRIMARY KEY (agent_id, queue_id),
  CONSTRAINT fk_agent_skill_agent FOREIGN KEY (agent_id) REFERENCES agent (id) ON DELETE CASCADE,
  CONSTRAINT fk_agent_skill_queue FOREIGN KEY (queue_id) REFERENCES acd_queue (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Outbound campaigns, their retry rules, and the dispositions agents set (issue 6).
CREATE TABLE campaign (
  id                    BIGINT        NOT NULL AUTO_INCREMENT,
  name                  VARCHAR(120)  NOT NULL,
  state                 VARCHAR(20)   NOT NULL,
  dial_mode             VARCHAR(20)   NOT NULL,
  power_ratio           DECIMAL(4, 2) NULL,
  target_abandon_pct    DECIMAL(4, 2) NULL,
  asterisk_queue        VARCHAR(80)   NOT NULL,
  asterisk_server       VARCHAR(60)   NOT NULL,
  trunk                 VARCHAR(80)   NOT NULL,
  caller_id             VARCHAR(16)   NOT NULL,
  jurisdiction          VARCHAR(20)   NULL,
  hours_start           TIME          NOT NULL,
  hours_end             TIME          NOT NULL,
  calling_days          VARCHAR(40)   NOT NULL,
  amd_handling          VARCHAR(20)   NOT NULL,
  max_attempts_per_lead INT           NOT NULL,
  max_attempts_per_day  INT           NOT NULL,
  lead_order            VARCHAR(20)   NOT NULL,
  script                TEXT          NULL,
  created_at            DATETIME(6)   NOT NULL,
  updated_at            DATETIME(6)   NOT NULL,
  version               INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_campaign_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE campaign_retry_rule (
  campaign_id   BIGINT      NOT NULL,
  outcome       VARCHAR(20) NOT NULL,
  delay_minutes INT         NOT NULL,
  max_attempts  INT         NOT NULL,
  PRIMARY KEY (campaign_id, outcome),
  CONSTRAINT fk_retry_rule_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE campaign_skill (
  campaign_id BIGINT NOT NULL,
  queue_id    BIGINT NOT NULL,
  PRIMARY KEY (campaign_id, queue_id),
  CONSTRAINT fk_campaign_skill_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE,
  CONSTRAINT fk_campaign_skill_queue FOREIGN KEY (queue_id) REFERENCES acd_queue (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE campaign_state_change (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  campaign_id BIGINT       NOT NULL,
  from_state  VARCHAR(20)  NOT NULL,
  to_state    VARCHAR(20)  NOT NULL,
  changed_by  VARCHAR(64)  NOT NULL,
  changed_at  DATETIME(6)  NOT NULL,
  reason      VARCHAR(255) NULL,
  PRIMARY KEY (id),
  KEY ix_campaign_state_change (campaign_id, changed_at),
  CONSTRAINT fk_state_change_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE disposition (
  id       BIGINT       NOT NULL AUTO_INCREMENT,
  code     VARCHAR(40)  NOT NULL,
  label    VARCHAR(100) NOT NULL,
  meaning  VARCHAR(20)  NOT NULL,
  active   BOOLEAN      NOT NULL DEFAULT TRUE,
  version  INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_disposition_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO disposition (code, label, meaning) VALUES
  ('SALE', 'Sale / success', 'SUCCESS'),
  ('CALLBACK', 'Call back later', 'CALLBACK'),
  ('NOT_INTERESTED', 'Not interested', 'NOT_INTERESTED'),
  ('DO_NOT_CALL', 'Do not call again', 'DO_NOT_CALL'),
  ('WRONG_NUMBER', 'Wrong number', 'WRONG_NUMBER'),
  ('RESOLVED', 'Resolved on first contact', 'SUCCESS'),
  ('FOLLOW_UP', 'Needs follow-up', 'UNRESOLVED');

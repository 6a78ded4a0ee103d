-- Lead lists, their leads and phone numbers, and the import jobs that fill them.
-- A list belongs to a campaign by a plain id: the campaigns table comes later (issue 6).
-- A list stays IMPORTING (invisible to the hopper) until its import completes; a failed import
-- deletes the list and everything in it, so an import is kept whole or not at all.
CREATE TABLE lead_list (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  campaign_id      BIGINT       NOT NULL,
  name             VARCHAR(200) NOT NULL,
  default_country  VARCHAR(2)   NOT NULL,
  duplicate_policy VARCHAR(16)  NOT NULL,
  state            VARCHAR(16)  NOT NULL,
  lead_count       INT          NOT NULL DEFAULT 0,
  created_by       VARCHAR(64)  NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  activated_at     DATETIME(6)  NULL,
  PRIMARY KEY (id),
  KEY ix_lead_list_campaign (campaign_id, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One person (or business) to call. phone_e164 is the first valid number of the row: the
-- dedupe key and the number the hopper dials first; further numbers are in lead_phone.
-- The hopper claims due leads in index order through ix_lead_hopper (claim query and why in
-- docs/leads.md): campaign, status READY, next_call_at due, lists ACTIVE, by priority.
CREATE TABLE lead (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  list_id           BIGINT        NOT NULL,
  campaign_id       BIGINT        NOT NULL,
  line_number       BIGINT        NOT NULL,
  name              VARCHAR(255)  NULL,
  postal_code       VARCHAR(20)   NULL,
  country           VARCHAR(2)    NOT NULL,
  phone_e164        VARCHAR(16)   NOT NULL,
  phone_kind        VARCHAR(8)    NOT NULL,
  phone_type        VARCHAR(24)   NOT NULL,
  time_zone         VARCHAR(64)   NULL,
  time_zone_source  VARCHAR(16)   NOT NULL,
  custom_fields     TEXT          NULL,
  status            VARCHAR(16)   NOT NULL,
  priority          INT           NOT NULL DEFAULT 0,
  next_call_at      DATETIME(6)   NOT NULL,
  attempts          INT           NOT NULL DEFAULT 0,
  attempts_today    INT           NOT NULL DEFAULT 0,
  attempts_day      DATE          NULL,
  last_attempt_id   BIGINT        NULL,
  last_attempt_at   DATETIME(6)   NULL,
  last_outcome      VARCHAR(32)   NULL,
  created_at        DATETIME(6)   NOT NULL,
  version           INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_lead_hopper (campaign_id, status, priority DESC, next_call_at),
  KEY ix_lead_campaign_phone (campaign_id, phone_e164),
  KEY ix_lead_list_line (list_id, line_number),
  CONSTRAINT fk_lead_list FOREIGN KEY (list_id) REFERENCES lead_list (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A lead's further numbers, in the order of the mapping: position 2 onwards (position 1 is
-- lead.phone_e164, kept on the lead so that most leads need no row here).
CREATE TABLE lead_phone (
  lead_id     BIGINT       NOT NULL,
  position    INT          NOT NULL,
  kind        VARCHAR(8)   NOT NULL,
  e164        VARCHAR(16)  NOT NULL,
  number_type VARCHAR(24)  NOT NULL,
  PRIMARY KEY (lead_id, position),
  CONSTRAINT fk_lead_phone_lead FOREIGN KEY (lead_id) REFERENCES lead (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An import job: one file into one new list, with live progress. list_id has no foreign key
-- because a failed import deletes its list and keeps the job to say why.
CREATE TABLE lead_import (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  list_id        BIGINT        NULL,
  campaign_id    BIGINT        NOT NULL,
  source_name    VARCHAR(255)  NOT NULL,
  state          VARCHAR(16)   NOT NULL,
  file_format    VARCHAR(40)   NULL,
  rows_read      BIGINT        NOT NULL DEFAULT 0,
  rows_accepted  BIGINT        NOT NULL DEFAULT 0,
  rows_rejected  BIGINT        NOT NULL DEFAULT 0,
  problem        VARCHAR(1000) NULL,
  created_by     VARCHAR(64)   NOT NULL,
  created_at     DATETIME(6)   NOT NULL,
  started_at     DATETIME(6)   NULL,
  finished_at    DATETIME(6)   NULL,
  PRIMARY KEY (id),
  KEY ix_lead_import_state (state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The import report: one line per rejected row (or per superseded duplicate).
CREATE TABLE lead_import_rejection (
  import_id   BIGINT        NOT NULL,
  line_number BIGINT        NOT NULL,
  seq         INT           NOT NULL,
  field       VARCHAR(100)  NULL,
  raw_value   VARCHAR(1000) NULL,
  reason      VARCHAR(32)   NOT NULL,
  detail      VARCHAR(500)  NOT NULL,
  PRIMARY KEY (import_id, line_number, seq),
  CONSTRAINT fk_lead_import_rejection FOREIGN KEY (import_id) REFERENCES lead_import (id)
    ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Compliance: policy pack versions, DNC lists and registry imports, the consent ledger.

-- Every version of every policy pack the service has run with, as loaded.
CREATE TABLE policy_pack_version (
  pack_id        VARCHAR(32) NOT NULL,
  version        INT         NOT NULL,
  content_sha256 CHAR(64)    NOT NULL,
  content        MEDIUMTEXT  NOT NULL,
  loaded_at      DATETIME(6) NOT NULL,
  PRIMARY KEY (pack_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The internal (company-wide) list and per-campaign lists.
CREATE TABLE dnc_list (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  code        VARCHAR(96)  NOT NULL,
  kind        VARCHAR(16)  NOT NULL,
  campaign_id VARCHAR(64)  NULL,
  title       VARCHAR(200) NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  created_by  VARCHAR(128) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_dnc_list_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO dnc_list (code, kind, campaign_id, title, created_at, created_by)
VALUES ('internal', 'INTERNAL', NULL, 'Internal do-not-call list', UTC_TIMESTAMP(6), 'system');

-- Entries are only ever added: an opt-out is kept (US: 5 years; GDPR objection: for good).
CREATE TABLE dnc_entry (
  id       BIGINT       NOT NULL AUTO_INCREMENT,
  list_id  BIGINT       NOT NULL,
  number   BIGINT       NOT NULL,
  e164     VARCHAR(20)  NOT NULL,
  channel  VARCHAR(32)  NOT NULL,
  note     VARCHAR(500) NULL,
  added_at DATETIME(6)  NOT NULL,
  added_by VARCHAR(128) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_dnc_entry_number UNIQUE (list_id, number),
  CONSTRAINT fk_dnc_entry_list FOREIGN KEY (list_id) REFERENCES dnc_list (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each import of a national registry file is a version with the date the file was current.
CREATE TABLE dnc_registry_import (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  registry       VARCHAR(32)  NOT NULL,
  as_of          DATETIME(6)  NOT NULL,
  imported_at    DATETIME(6)  NOT NULL,
  imported_by    VARCHAR(128) NOT NULL,
  number_count   BIGINT       NOT NULL,
  rejected_lines BIGINT       NOT NULL,
  content_sha256 CHAR(64)     NOT NULL,
  PRIMARY KEY (id),
  KEY ix_dnc_registry_import_registry (registry, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dnc_registry_number (
  import_id BIGINT NOT NULL,
  number    BIGINT NOT NULL,
  PRIMARY KEY (import_id, number),
  CONSTRAINT fk_dnc_registry_number_import FOREIGN KEY (import_id) REFERENCES dnc_registry_import (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The consent ledger: grants and revocations, append-only; the current state is derived.
CREATE TABLE consent_event (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  kind          VARCHAR(16)   NOT NULL,
  e164          VARCHAR(20)   NOT NULL,
  person_ref    VARCHAR(64)   NULL,
  company       VARCHAR(128)  NULL,
  purpose       VARCHAR(32)   NULL,
  campaign_id   VARCHAR(64)   NULL,
  basis         VARCHAR(32)   NULL,
  channel       VARCHAR(32)   NOT NULL,
  evidence_text TEXT          NULL,
  evidence_url  VARCHAR(1000) NULL,
  source_ip     VARCHAR(64)   NULL,
  agent         VARCHAR(128)  NULL,
  occurred_at   DATETIME(6)   NOT NULL,
  expires_at    DATETIME(6)   NULL,
  recorded_at   DATETIME(6)   NOT NULL,
  recorded_by   VARCHAR(128)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_consent_event_e164 (e164),
  KEY ix_consent_event_person (person_ref)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only audit trail: each record carries the SHA-256 of the previous one (hash chain).
-- The service only ever INSERTs here; verification recomputes the chain end to end.
CREATE TABLE audit_record (
  seq          BIGINT       NOT NULL,
  recorded_at  DATETIME(6)  NOT NULL,
  actor        VARCHAR(128) NOT NULL,
  action       VARCHAR(64)  NOT NULL,
  subject_type VARCHAR(64)  NULL,
  subject_id   VARCHAR(128) NULL,
  phone_number VARCHAR(20)  NULL,
  campaign_id  VARCHAR(64)  NULL,
  decision     VARCHAR(16)  NULL,
  rule_id      VARCHAR(64)  NULL,
  details      TEXT         NOT NULL,
  prev_hash    CHAR(64)     NOT NULL,
  hash         CHAR(64)     NOT NULL,
  PRIMARY KEY (seq),
  KEY ix_audit_record_time (recorded_at),
  KEY ix_audit_record_phone (phone_number, recorded_at),
  KEY ix_audit_record_campaign (campaign_id, recorded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The chain's head: locked by every append (serialising appends across service instances) and
-- compared by verification, so that deleting the newest records shows too.
CREATE TABLE audit_chain_head (
  id        INT      NOT NULL,
  last_seq  BIGINT   NOT NULL,
  last_hash CHAR(64) NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- GDPR erasure: a person's data is removed, a keyed one-way hash of their number stays here so
-- that they are never called again.
CREATE TABLE suppression_entry (
  hash     CHAR(64)    NOT NULL,
  reason   VARCHAR(64) NOT NULL,
  added_at DATETIME(6) NOT NULL,
  PRIMARY KEY (hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A number taken off an internal or campaign DNC list: the entry row is deleted (so the number may
-- be added again) and this row keeps what the entry was and who removed it, when and why.
CREATE TABLE dnc_removal (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  list_id    BIGINT       NOT NULL,
  entry_id   BIGINT       NOT NULL,
  number     BIGINT       NOT NULL,
  e164       VARCHAR(20)  NOT NULL,
  channel    VARCHAR(32)  NOT NULL,
  added_at   DATETIME(6)  NOT NULL,
  added_by   VARCHAR(128) NOT NULL,
  removed_at DATETIME(6)  NOT NULL,
  removed_by VARCHAR(128) NOT NULL,
  reason     VARCHAR(500) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_dnc_removal_list_number (list_id, number),
  KEY ix_dnc_removal_e164 (e164),
  CONSTRAINT fk_dnc_removal_list FOREIGN KEY (list_id) REFERENCES dnc_list (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The lead columns that sit in the hopper's and the dedupe's indexes hold ASCII only (status
-- names, E.164 numbers, IANA zone ids), so they are stored and compared as ASCII bytes: the keys
-- are shorter and each comparison is a byte comparison instead of a Unicode collation, which is
-- most of what an inserted lead costs in its five secondary indexes (import speed, issue 6).
ALTER TABLE lead
  MODIFY status     VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  MODIFY phone_e164 VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  MODIFY time_zone  VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL;

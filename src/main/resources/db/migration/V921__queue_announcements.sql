-- Position and estimated-wait announcements per queue (issue 9), written into the generated
-- queues.conf include (asterisk-config/blenddialer-queues.conf).
ALTER TABLE acd_queue
  ADD COLUMN announce_position          VARCHAR(8)  NOT NULL DEFAULT 'NO',
  ADD COLUMN announce_position_limit    INT         NOT NULL DEFAULT 0,
  ADD COLUMN announce_holdtime          VARCHAR(8)  NOT NULL DEFAULT 'NO',
  ADD COLUMN announce_frequency_seconds INT         NOT NULL DEFAULT 0,
  ADD COLUMN periodic_announce          VARCHAR(80) NULL,
  ADD COLUMN periodic_announce_seconds  INT         NOT NULL DEFAULT 0;

-- Voice menus defined by administrators, and every caller's path through them (issue 9).
-- A menu's definition is the admin API's JSON (greeting, options, retries, hours, closed branch);
-- the service checks all menus as one graph before it stores any change.
CREATE TABLE ivr_menu (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  name        VARCHAR(40)  NOT NULL,
  definition  TEXT         NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  updated_by  VARCHAR(64)  NOT NULL,
  version     INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_ivr_menu_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: one row per caller who went through a menu, written when they left the menus.
-- call_id is the caller channel's Uniqueid, the same as inbound_call.call_id when they reached a
-- queue. self_served: a key led to a recorded message (the menu answered them, no agent needed).
CREATE TABLE ivr_path (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  pbx_server       VARCHAR(60)   NOT NULL,
  call_id          VARCHAR(64)   NOT NULL,
  caller_number    VARCHAR(40)   NOT NULL,
  entry_menu       VARCHAR(40)   NOT NULL,
  menus            VARCHAR(400)  NOT NULL,
  inputs           VARCHAR(200)  NOT NULL,
  outcome          VARCHAR(20)   NOT NULL,
  destination      VARCHAR(100)  NOT NULL,
  last_input       VARCHAR(10)   NOT NULL,
  self_served      BOOLEAN       NOT NULL,
  entered_at       DATETIME(6)   NOT NULL,
  left_at          DATETIME(6)   NOT NULL,
  seconds_in_menu  DOUBLE        NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_ivr_path UNIQUE (pbx_server, call_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_ivr_path_time ON ivr_path (entered_at);
CREATE INDEX ix_ivr_path_menu_time ON ivr_path (entry_menu, entered_at);

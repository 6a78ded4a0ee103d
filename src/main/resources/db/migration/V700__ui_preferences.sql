-- Web UI (issue 8): each user's chosen language; without a row the browser's language applies.
CREATE TABLE ui_preference (
  user_id    BIGINT      NOT NULL,
  language   VARCHAR(8)  NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (user_id),
  CONSTRAINT fk_ui_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

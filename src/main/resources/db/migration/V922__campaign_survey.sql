-- Post-call survey per campaign (issue 9): a campaign asks the called person after the agent hung
-- up, through the same [dialer-survey] dialplan as queues; answers keep the attempt and campaign.
ALTER TABLE campaign ADD COLUMN post_call_survey BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE survey_answer
  ADD COLUMN attempt_id  BIGINT NULL,
  ADD COLUMN campaign_id BIGINT NULL;
CREATE INDEX ix_survey_answer_campaign ON survey_answer (campaign_id, answered_at);

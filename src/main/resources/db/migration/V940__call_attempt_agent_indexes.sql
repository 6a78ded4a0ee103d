-- Web UI (issue 8): the agent desk reads an agent's latest outbound attempt (as the agent who took
-- it or who previewed it) and the campaign dashboard groups attempts by agent; without these the
-- desk would scan call_attempt on every refresh.
CREATE INDEX ix_call_attempt_agent ON call_attempt (agent_id, id);
CREATE INDEX ix_call_attempt_preview_agent ON call_attempt (preview_agent_id, id);

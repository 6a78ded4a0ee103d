-- Lead ordering per campaign (issue 6): the hopper claims READY leads in the campaign's order by a
-- range scan of an index in that order, so that LIMIT ends the scan early under SKIP LOCKED.
-- OLDEST_FIRST: import time, then insertion order (InnoDB appends the primary key).
-- TIME_ZONE_AWARE: one zone at a time (zones found by seeking through this index), by priority.
ALTER TABLE lead
  ADD KEY ix_lead_hopper_oldest (campaign_id, status, created_at),
  ADD KEY ix_lead_hopper_zone (campaign_id, status, time_zone, priority DESC, next_call_at);

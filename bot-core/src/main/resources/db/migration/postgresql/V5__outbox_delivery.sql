-- A claim records when and by whom a row was taken. A claim older than the lease belongs to a
-- dispatcher presumed dead, and another may take the row over; outcome_unknown marks a row whose
-- last attempt may have reached the platform, so the next attempt asks the platform first.
ALTER TABLE outbox ADD COLUMN claimed_at BIGINT;
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN outcome_unknown BOOLEAN NOT NULL DEFAULT FALSE;

-- One row in flight per destination, in enqueue order: the claim looks at a destination's open rows.
CREATE INDEX outbox_destination_status ON outbox (destination, status, id);

-- Platform deliveries already handled (interaction ids, Slack event ids), shared by the instances
-- of one database so that a redelivery reaching another instance is dropped too.
CREATE TABLE deliveries (
  platform    TEXT   NOT NULL,
  delivery_id TEXT   NOT NULL,
  received_at BIGINT NOT NULL,
  PRIMARY KEY (platform, delivery_id)
);

CREATE INDEX deliveries_received_at ON deliveries (received_at);

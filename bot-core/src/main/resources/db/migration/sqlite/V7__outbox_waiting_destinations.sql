-- The outbox claim walks the destinations that have waiting rows (a skip-scan over this index)
-- instead of every waiting row, so a long backlog to one channel does not slow each claim.
CREATE INDEX outbox_status_destination ON outbox (status, destination, id);

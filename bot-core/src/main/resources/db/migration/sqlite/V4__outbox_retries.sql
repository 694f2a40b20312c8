-- A failed send waits until next_attempt_at before it is tried again (backoff, Retry-After).
ALTER TABLE outbox ADD COLUMN next_attempt_at BIGINT;

-- One row per running jabu process sharing this database, rewritten every half minute, so
-- /jabu status and bin/jabu status can list every instance and tell a stopped one by its old beat.
-- Runtime state: an export leaves it out, and a clean stop deletes its own row.
CREATE TABLE instance_heartbeat (
  instance_id TEXT   PRIMARY KEY, -- host-pid-random, unique per process
  version     TEXT   NOT NULL,
  started_at  BIGINT NOT NULL,
  platforms   TEXT   NOT NULL, -- e.g. "discord connected, slack NOT connected"; "console" alone
  beat_at     BIGINT NOT NULL
);

-- Meetup recaps posted as threads: what each one is, where it came from, and the outbox keys of
-- the messages it posted in each channel (the parent post first, then the replies in order).
CREATE TABLE recap (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  meetup_id       BIGINT  REFERENCES meetup (id),
  title           TEXT    NOT NULL,
  source_kind     TEXT    NOT NULL CHECK (source_kind IN ('FILE', 'URL', 'TEXT')),
  source_location TEXT    NOT NULL, -- the path, the address, or sha256:… of pasted text
  revision        INTEGER NOT NULL DEFAULT 1, -- raised by every edit; part of that edit's outbox keys
  state           TEXT    NOT NULL CHECK (state IN ('PUBLISHING', 'PUBLISHED', 'DELETED')),
  created_by      TEXT    NOT NULL,
  created_at      BIGINT  NOT NULL,
  updated_at      BIGINT  NOT NULL
);

CREATE INDEX recap_meetup ON recap (meetup_id, state);
CREATE INDEX recap_source ON recap (source_kind, source_location, state);

CREATE TABLE recap_message (
  recap_id     BIGINT  NOT NULL REFERENCES recap (id),
  platform     TEXT    NOT NULL,
  channel_id   TEXT    NOT NULL,
  channel_name TEXT    NOT NULL,
  position     INTEGER NOT NULL, -- 0 is the parent post, then the replies in thread order
  message_key  TEXT    NOT NULL, -- the outbox key of the message in this channel
  PRIMARY KEY (recap_id, platform, channel_id, position)
);

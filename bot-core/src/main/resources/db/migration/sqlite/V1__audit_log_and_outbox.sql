-- Instants are epoch milliseconds (UTC) in BIGINT columns, the same as on PostgreSQL.

CREATE TABLE audit_log (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  at             BIGINT  NOT NULL,
  actor          TEXT    NOT NULL,
  command        TEXT    NOT NULL,
  outcome        TEXT    NOT NULL CHECK (outcome IN ('OK', 'DENIED', 'ERROR', 'REJECTED')),
  correlation_id TEXT    NOT NULL,
  detail         TEXT
);

CREATE INDEX audit_log_at ON audit_log (at);

CREATE TABLE outbox (
  id                  INTEGER PRIMARY KEY AUTOINCREMENT,
  message_key         TEXT    NOT NULL,
  destination         TEXT    NOT NULL, -- ChannelRef key, platform:channelId
  platform            TEXT    NOT NULL,
  channel_id          TEXT    NOT NULL,
  channel_name        TEXT    NOT NULL,
  operation           TEXT    NOT NULL CHECK (operation IN ('POST', 'REPLY', 'EDIT', 'DELETE')),
  related_key         TEXT,             -- the parent of a REPLY, the target of an EDIT or DELETE
  payload             TEXT    NOT NULL, -- RichMessageJson
  status              TEXT    NOT NULL CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
  platform_message_id TEXT,
  attempts            INTEGER NOT NULL DEFAULT 0,
  last_error          TEXT,
  created_at          BIGINT  NOT NULL,
  updated_at          BIGINT  NOT NULL,
  sent_at             BIGINT,
  CONSTRAINT outbox_key_destination UNIQUE (message_key, destination)
);

CREATE INDEX outbox_status_platform ON outbox (status, platform, id);

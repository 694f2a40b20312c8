-- Recap previews a moderator may still publish or discard with the preview's buttons, which carry
-- only the preview's id. The source is kept as the preview read it: the path or address to read
-- again, or pasted text in full, since that cannot be read again. Kept for a day.
CREATE TABLE recap_preview (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  source_kind TEXT    NOT NULL CHECK (source_kind IN ('FILE', 'URL', 'TEXT')),
  source      TEXT    NOT NULL, -- the path, the address, or the markdown itself
  meetup_id   BIGINT, -- the meetup the command named, if any
  created_by  TEXT    NOT NULL,
  created_at  BIGINT  NOT NULL
);

CREATE INDEX recap_preview_created ON recap_preview (created_at);

-- Glossary entries approved in chat overlay the files in config/glossary/ by id.
CREATE TABLE glossary_entry (
  id          TEXT   PRIMARY KEY,
  body        TEXT   NOT NULL, -- the entry in the glossary file format (YAML)
  approved_by TEXT   NOT NULL,
  updated_at  BIGINT NOT NULL
);

CREATE TABLE glossary_suggestion (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  proposer    TEXT    NOT NULL, -- platform:userId
  locale      TEXT    NOT NULL,
  target_id   TEXT,             -- the entry an edit is for; null for a new entry
  body        TEXT    NOT NULL, -- the proposed entry in the glossary file format (YAML)
  status      TEXT    NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
  reason      TEXT,
  created_at  BIGINT  NOT NULL,
  decided_by  TEXT,
  decided_at  BIGINT
);

CREATE INDEX glossary_suggestion_status ON glossary_suggestion (status, id);

-- One row per question asked, for /glossary stats (most asked, and what found nothing).
CREATE TABLE glossary_query (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  at       BIGINT  NOT NULL,
  term     TEXT    NOT NULL, -- the looked-up term, normalized
  entry_id TEXT              -- null when nothing matched
);

CREATE INDEX glossary_query_entry ON glossary_query (entry_id);
CREATE INDEX glossary_query_term ON glossary_query (term);

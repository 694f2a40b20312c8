-- Meetups, their one RSVP ledger across platforms, and linked accounts.
CREATE TABLE meetup (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  title            TEXT    NOT NULL,
  description      TEXT    NOT NULL, -- markdown
  starts_at        BIGINT  NOT NULL,
  ends_at          BIGINT  NOT NULL,
  zone             TEXT    NOT NULL,
  venue_name       TEXT,
  venue_address    TEXT,
  map_url          TEXT,
  online_url       TEXT,
  agenda           TEXT    NOT NULL, -- one item per line
  organizers       TEXT    NOT NULL, -- platform:user keys, one per line
  registration_url TEXT,
  github_url       TEXT,
  social_url       TEXT,
  capacity         INTEGER NOT NULL,
  rsvp_opens_at    BIGINT,
  rsvp_closes_at   BIGINT,
  rsvp_closed      INTEGER NOT NULL DEFAULT 0,
  status           TEXT    NOT NULL CHECK (status IN ('DRAFT', 'ANNOUNCED', 'CANCELLED', 'FINISHED')),
  sequence         INTEGER NOT NULL DEFAULT 0, -- raised on every edit (iCalendar SEQUENCE)
  next_queue_seq   BIGINT  NOT NULL DEFAULT 1, -- commit order of RSVPs, taken under the meetup's lock
  waitlist_count   INTEGER NOT NULL DEFAULT 0, -- kept with the rsvp rows, under the same lock
  recap_url        TEXT,
  created_by       TEXT    NOT NULL,
  created_at       BIGINT  NOT NULL,
  updated_at       BIGINT  NOT NULL
);

CREATE INDEX meetup_starts_at ON meetup (status, starts_at);

CREATE TABLE rsvp (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  meetup_id  BIGINT  NOT NULL REFERENCES meetup (id),
  person     TEXT    NOT NULL, -- the person (linked accounts share one)
  user_key   TEXT    NOT NULL, -- the account that answered, told of changes on its platform
  state      TEXT    NOT NULL CHECK (state IN ('SEAT', 'WAITLIST')),
  queue_seq  BIGINT  NOT NULL,
  attended   INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT  NOT NULL,
  CONSTRAINT rsvp_one_per_person UNIQUE (meetup_id, person)
);

CREATE INDEX rsvp_meetup_state ON rsvp (meetup_id, state, queue_seq);

CREATE TABLE identity_link (
  user_key  TEXT   PRIMARY KEY, -- platform:userId
  person    TEXT   NOT NULL,
  linked_at BIGINT NOT NULL
);

CREATE TABLE link_code (
  code       TEXT   PRIMARY KEY,
  user_key   TEXT   NOT NULL,
  expires_at BIGINT NOT NULL
);

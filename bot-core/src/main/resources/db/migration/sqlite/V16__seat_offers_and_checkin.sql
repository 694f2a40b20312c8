-- Seats go to people who come: confirmations, timed waitlist offers near the start, check-in,
-- and the history of what each member did (attendance figures, no-show rates).

-- When the seat holder said "I'm coming"; NULL: not yet.
ALTER TABLE rsvp ADD COLUMN confirmed_at BIGINT;

-- Per-meetup seat settings; a meetup without a row follows meetups.waitlist in the config.
CREATE TABLE meetup_seat_policy (
  meetup_id        BIGINT  PRIMARY KEY REFERENCES meetup (id),
  offer_window_ms  BIGINT,                    -- override of meetups.waitlist.offer-window
  offers_from_ms   BIGINT,                    -- override of meetups.waitlist.offers-from
  overbook_percent INTEGER NOT NULL DEFAULT 0, -- seats given beyond the capacity, in percent
  checkin_code     TEXT                       -- shown to organizers, typed by members at the door
);

-- A freed seat held for one person on the waitlist until they take it, pass, or it expires.
CREATE TABLE seat_offer (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  meetup_id  BIGINT NOT NULL REFERENCES meetup (id),
  person     TEXT   NOT NULL, -- member: the person offered the seat (linked accounts share one)
  user_key   TEXT   NOT NULL, -- member: the account told of the offer
  state      TEXT   NOT NULL CHECK (state IN ('OPEN', 'TAKEN', 'PASSED', 'EXPIRED', 'WITHDRAWN')),
  offered_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  closed_at  BIGINT
);

-- one open offer per person and meetup, whatever the races
CREATE UNIQUE INDEX seat_offer_one_open ON seat_offer (meetup_id, person) WHERE state = 'OPEN';
CREATE INDEX seat_offer_due ON seat_offer (state, expires_at);
CREATE INDEX seat_offer_person ON seat_offer (meetup_id, person);

-- What happened to each place, written under the meetup's lock with the change itself: the
-- source of the summary's figures and of a member's attendance history (moderators only).
CREATE TABLE attendance_event (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  meetup_id BIGINT NOT NULL REFERENCES meetup (id),
  person    TEXT   NOT NULL, -- member: the person (linked accounts share one)
  user_key  TEXT   NOT NULL, -- member: the account that acted or was told
  kind      TEXT   NOT NULL, -- RSVP, PROMOTED, CONFIRMED, RELEASED, LEFT_WAITLIST, OFFERED,
                             -- OFFER_TAKEN, OFFER_PASSED, OFFER_EXPIRED, OFFER_WITHDRAWN,
                             -- CHECKED_IN, WALKED_IN
  at        BIGINT NOT NULL
);

CREATE INDEX attendance_event_meetup ON attendance_event (meetup_id, kind);
CREATE INDEX attendance_event_person ON attendance_event (person);

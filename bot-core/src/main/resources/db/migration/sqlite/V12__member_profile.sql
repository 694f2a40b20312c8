-- What jabu knows of each account to write to its person in their own language, on the account
-- they prefer (issue 12). Times are epoch milliseconds; among a person's linked accounts the latest
-- of each kind wins, so linking and unlinking need no change here.
CREATE TABLE member_profile (
  user_key    TEXT   PRIMARY KEY, -- platform:userId
  seen_locale TEXT,               -- language tag of the locale this account last used
  seen_at     BIGINT NOT NULL,    -- when this account last became its person's most recent one
  language    TEXT,               -- /jabu language ko|en; NULL follows the last used locale
  language_at BIGINT,             -- when that choice (or the return to auto) was made
  primary_at  BIGINT              -- when /link primary was typed on this account
);

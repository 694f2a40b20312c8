-- A link code can carry its issuer's consent to merge two people who are each already linked
-- (/link merge:yes); the one who redeems it must consent too.
ALTER TABLE link_code ADD COLUMN merge_consent INTEGER NOT NULL DEFAULT 0;

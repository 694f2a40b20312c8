-- A fan-out reads the profiles of thousands of people at once (issue 21); each person's linked
-- accounts are found by person, which without this index read the whole link table per person.
CREATE INDEX identity_link_person ON identity_link (person);

-- (status, destination, id) answers every question the claim asks by destination: its walk over the
-- destinations with waiting rows, a destination's first waiting row, and whether it has one in
-- flight. The older (destination, status, id) index could answer them too, and the planner sometimes
-- chose it for the walk, which then stepped over every sent row of a destination (thousands of
-- announcements to one channel) on each claim. One index, one plan.
DROP INDEX outbox_destination_status;

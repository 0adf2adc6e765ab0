-- Refused admin requests from one address within a minute are one row, so that a flood of them cannot fill
-- the table: first_at is when the first came, at when the last did (its request and status are the row's),
-- and count how many there were. An allowed request is a row of its own, counted 1.
ALTER TABLE admin_action ADD COLUMN first_at timestamptz;
UPDATE admin_action SET first_at = at;
ALTER TABLE admin_action ALTER COLUMN first_at SET NOT NULL;
ALTER TABLE admin_action ALTER COLUMN first_at SET DEFAULT now();
ALTER TABLE admin_action ADD COLUMN count integer NOT NULL DEFAULT 1;
CREATE INDEX admin_action_refusals ON admin_action (remote, first_at DESC) WHERE actor = 'unauthenticated';

-- An event's time of day: when it starts and, if given, when it ends, on the wall clock where it is
-- held (no zone). No start is an all-day event, as every event was before; an end at or before the
-- start is on the next day. An end without a start means nothing, so it is refused.
ALTER TABLE events ADD COLUMN starts_at TIME;
ALTER TABLE events ADD COLUMN ends_at TIME;
ALTER TABLE events ADD CONSTRAINT events_end_needs_start CHECK (ends_at IS NULL OR starts_at IS NOT NULL);

-- Today's first frame asks two things of every contact before anything else is read: who has a
-- follow-up due (next_follow_up, stage) and who waits for a decision after the event they were met at
-- (no follow-up, stage, origin_event_id, origin_on). With an index on the date alone, each question
-- read the rows themselves, and a row holds everything a contact has (notes, addresses, foreign
-- fields): the first time, most of the table's pages. This index holds all four columns, so both
-- questions are answered from it and only the few people shown are read whole. It replaces the
-- date's own index rather than adding one, so each contact write still keeps one index here.
-- The id stands before origin_on so that people added together (an import: no follow-up, no event,
-- each their own day of meeting) still go in at the index's end, in id order, as they did before.
DROP INDEX contacts_by_follow_up;
CREATE INDEX contacts_for_today ON contacts (next_follow_up, stage, origin_event_id, id, origin_on);

-- Which reminders `needle remind` sent on which day, so a second run that day (cron every hour, a
-- timer that fires after a resume) never sends the same reminder twice. A key names what the line
-- reminds of ("follow-up:42:2026-03-18"). Only today counts, so recording a day deletes the days before it.
CREATE TABLE sent_reminders (
    sent_on  DATE    NOT NULL,
    reminder VARCHAR NOT NULL,
    PRIMARY KEY (sent_on, reminder)
);

-- Test-only migration: stands in for the next real schema version, so the upgrade path (backup first,
-- then migrate, nothing lost) is exercised before Needle has a V2 of its own.
ALTER TABLE contacts ADD COLUMN nickname VARCHAR;

package dev.needle.adapter.persistence.memory;

import dev.needle.domain.ContactId;

/** The revision of a contact's latest save or delete: the in-memory counterpart of the SQL revision column and tombstones. */
record ContactStamp(ContactId id, long revision, boolean deleted) {
}

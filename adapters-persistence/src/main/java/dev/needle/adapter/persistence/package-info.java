/** Persistence adapter: the outgoing store ports on H2 (embedded) and PostgreSQL, through JDBI. */
package dev.needle.adapter.persistence;

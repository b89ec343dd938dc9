/** Interchange adapter: YAML, vCard, LinkedIn CSV and iCalendar readers and writers. */
package dev.needle.adapter.interchange;

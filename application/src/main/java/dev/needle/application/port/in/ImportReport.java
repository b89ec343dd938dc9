package dev.needle.application.port.in;

import java.util.List;

/** What an import did, or would do on a dry run: one outcome per record, in file order. */
public record ImportReport(List<Outcome> outcomes, boolean dryRun) {
    /** {@code UNCHANGED}: the record was someone known, and brought nothing the contact did not have. */
    public enum Kind { CREATED, MERGED, UNCHANGED, SKIPPED }

    /**
     * One record's fate. {@code reason} says why it merged, was known or was skipped (blank for a plain create);
     * {@code notes} list the fields where the file disagreed with what was kept.
     */
    public record Outcome(int record, int line, Kind kind, String name, String reason, List<String> notes) {
        public Outcome {
            reason = reason == null ? "" : reason;
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    public ImportReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).count();
    }
}

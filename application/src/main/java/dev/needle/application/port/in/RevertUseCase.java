package dev.needle.application.port.in;

import dev.needle.domain.FieldValue;
import java.util.List;

/**
 * Applies the changes of one undo or redo step, field by field: only the fields each change names are
 * written, on top of whatever version is stored now. When another session changed one of those fields
 * since, nothing is written unless {@code overwrite}; the answer lists what changed meanwhile.
 */
public interface RevertUseCase {
    Outcome apply(List<RecordChange> changes, boolean overwrite);

    /** A field another session changed since the step: on which record, and what it holds now. */
    record Meanwhile(String record, FieldValue now) {
    }

    /** Applied, or refused because of what changed meanwhile (then nothing was written). */
    record Outcome(List<Meanwhile> meanwhile) {
        public Outcome {
            meanwhile = List.copyOf(meanwhile);
        }

        public boolean applied() {
            return meanwhile.isEmpty();
        }
    }
}

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

    /**
     * Applied, or refused because of what changed meanwhile (then nothing was written). {@code superseded}
     * when other sessions changed every field the step would write: nothing the step made is left to take back.
     */
    record Outcome(List<Meanwhile> meanwhile, boolean superseded) {
        public Outcome {
            meanwhile = List.copyOf(meanwhile);
            superseded = superseded && !meanwhile.isEmpty();
        }

        public Outcome(List<Meanwhile> meanwhile) {
            this(meanwhile, false);
        }

        public boolean applied() {
            return meanwhile.isEmpty();
        }
    }
}

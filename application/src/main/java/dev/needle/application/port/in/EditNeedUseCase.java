package dev.needle.application.port.in;

import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Target;
import java.util.List;

/** Changes a need's title, kind, targets and notes; refused when it changed in another session. */
public interface EditNeedUseCase {
    Need editNeed(Command command);

    /**
     * Changes the need as {@code command} says, starting from {@code base} (the copy the user edited):
     * another session's changes to other fields since are kept; the same field changed by both is a
     * conflict.
     */
    Need editNeed(Need base, Command command);

    /** {@code version} is the version the user started editing from. */
    record Command(NeedId id, long version, String title, NeedKind kind, List<Target> targets, String notes) {
        public Command {
            targets = targets == null ? List.of() : List.copyOf(targets);
        }
    }
}

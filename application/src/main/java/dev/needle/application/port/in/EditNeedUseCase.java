package dev.needle.application.port.in;

import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Target;
import java.util.List;

/** Changes a need's title, kind, targets and notes; refused when it changed in another session. */
public interface EditNeedUseCase {
    Need editNeed(Command command);

    /** {@code version} is the version the user started editing from. */
    record Command(NeedId id, long version, String title, NeedKind kind, List<Target> targets, String notes) {
        public Command {
            targets = targets == null ? List.of() : List.copyOf(targets);
        }
    }
}

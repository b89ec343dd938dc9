package dev.needle.application.port.in;

import dev.needle.domain.Need;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Target;
import java.util.List;

/** Adds a need at the bottom of the list (the lowest priority); reorder to move it up. */
public interface AddNeedUseCase {
    Need addNeed(Command command);

    record Command(String title, NeedKind kind, List<Target> targets, String notes) {
        public Command {
            targets = targets == null ? List.of() : List.copyOf(targets);
        }
    }
}

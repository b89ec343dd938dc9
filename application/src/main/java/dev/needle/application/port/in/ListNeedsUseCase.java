package dev.needle.application.port.in;

import dev.needle.domain.Need;
import java.util.List;

/** The needs in priority order, all statuses. */
public interface ListNeedsUseCase {
    List<Need> listNeeds();
}

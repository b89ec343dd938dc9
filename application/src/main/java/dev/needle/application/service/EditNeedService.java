package dev.needle.application.service;

import dev.needle.application.port.in.EditNeedUseCase;
import dev.needle.application.port.out.NeedStore;
import dev.needle.domain.Need;

/** Changes a need's details, keeping its place and status. */
public final class EditNeedService implements EditNeedUseCase {
    private final NeedStore needs;

    public EditNeedService(NeedStore needs) {
        this.needs = needs;
    }

    @Override
    public Need editNeed(Command command) {
        Need current = Records.need(needs, command.id());
        // The version the user started from, not the one just read: the store then refuses a stale edit.
        Need edited = current.withDetails(command.title(), command.kind(), command.targets(), command.notes())
                .withVersion(command.version());
        return needs.save(edited);
    }
}

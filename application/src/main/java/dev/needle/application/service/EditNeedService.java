package dev.needle.application.service;

import dev.needle.application.EditConflictException;
import dev.needle.application.port.in.EditNeedUseCase;
import dev.needle.application.port.out.NeedStore;
import dev.needle.domain.FieldSet;
import dev.needle.domain.Need;

/** Saves a need's edited details; with the copy the edit started from, merges onto a newer version. */
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

    @Override
    public Need editNeed(Need base, Command command) {
        Need stored = Records.need(needs, command.id());
        Need edited = base.withDetails(command.title(), command.kind(), command.targets(), command.notes());
        if (stored.version() == base.version()) {
            return needs.save(edited);
        }
        FieldSet.Merge<Need> merge = Need.FIELDS.merge(base, edited, stored);
        Need merged = merge.merged().orElseThrow(() ->
                new EditConflictException("need", stored.id().value(), stored.title(), merge.conflicts()));
        return needs.save(merged);
    }
}

package dev.needle.application.service;

import dev.needle.application.port.in.RevertUseCase;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.application.port.out.NeedStore;
import dev.needle.domain.Contact;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Need;

/** Saves earlier values of a record over its current version: the undo of an edit or a status change. */
public final class RevertService implements RevertUseCase {
    private final ContactStore contacts;
    private final NeedStore needs;
    private final MeetingRequestStore requests;

    public RevertService(ContactStore contacts, NeedStore needs, MeetingRequestStore requests) {
        this.contacts = contacts;
        this.needs = needs;
        this.requests = requests;
    }

    @Override
    public Contact revertContact(Contact before) {
        long now = Records.contact(contacts, before.id()).version();
        return contacts.save(before.withVersion(now));
    }

    @Override
    public Need revertNeed(Need before) {
        long now = Records.need(needs, before.id()).version();
        return needs.save(before.withVersion(now));
    }

    @Override
    public MeetingRequest revertRequest(MeetingRequest before) {
        long now = Records.request(requests, before.id()).version();
        return requests.save(before.withVersion(now));
    }
}

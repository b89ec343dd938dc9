package dev.needle.application.port.out;

import dev.needle.domain.ContactId;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import java.util.List;
import java.util.Optional;

/** Stores meeting requests, with the same versioned save as {@link ContactStore#save}. */
public interface MeetingRequestStore {
    Optional<MeetingRequest> find(MeetingRequestId id);

    /** One contact's requests, newest first. */
    List<MeetingRequest> findByContact(ContactId contact);

    /** Requests still waiting for a decision, oldest first. */
    List<MeetingRequest> findPending();

    /** Every request, by id. */
    List<MeetingRequest> findAll();

    MeetingRequest save(MeetingRequest request);
}

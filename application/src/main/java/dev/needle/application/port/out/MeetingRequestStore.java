package dev.needle.application.port.out;

import dev.needle.domain.ContactId;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stores meeting requests, with the same versioned save as {@link ContactStore#save}. */
public interface MeetingRequestStore {
    Optional<MeetingRequest> find(MeetingRequestId id);

    /** One contact's requests, newest first. */
    List<MeetingRequest> findByContact(ContactId contact);

    /** Requests still waiting for a decision, oldest first. */
    List<MeetingRequest> findPending();

    /** Scheduled requests whose meeting falls on a day from {@code first} to {@code last}, both included, soonest first. */
    List<MeetingRequest> findScheduled(LocalDate first, LocalDate last);

    /** Every request, by id. */
    List<MeetingRequest> findAll();

    MeetingRequest save(MeetingRequest request);

    /** Removes a request recorded by mistake (the undo of recording it); false when it did not exist. */
    boolean delete(MeetingRequestId id);
}

package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.domain.ContactId;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.RequestStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Meeting requests held in memory. */
final class InMemoryMeetingRequestStore implements MeetingRequestStore {
    private static final Comparator<MeetingRequest> OLDEST_FIRST =
            Comparator.comparing(MeetingRequest::requestedOn).thenComparing(MeetingRequest::id);
    private static final Comparator<MeetingRequest> SOONEST_FIRST =
            Comparator.comparing((MeetingRequest r) -> r.schedule().orElseThrow().at()).thenComparing(MeetingRequest::id);

    private final InMemoryDatabase db;

    InMemoryMeetingRequestStore(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<MeetingRequest> find(MeetingRequestId id) {
        return db.locked(() -> db.meetingRequests.find(id));
    }

    @Override
    public List<MeetingRequest> findByContact(ContactId contact) {
        return db.locked(() -> db.meetingRequests.where(r -> r.contact().equals(contact)).stream()
                .sorted(OLDEST_FIRST.reversed()).toList());
    }

    @Override
    public List<MeetingRequest> findPending() {
        return db.locked(() -> db.meetingRequests.where(MeetingRequest::isPending).stream().sorted(OLDEST_FIRST).toList());
    }

    @Override
    public List<MeetingRequest> findScheduled(LocalDate first, LocalDate last) {
        return db.locked(() -> db.meetingRequests.where(r -> r.status() == RequestStatus.SCHEDULED && r.schedule().map(s -> !s.at().toLocalDate().isBefore(first)
                && !s.at().toLocalDate().isAfter(last)).orElse(false)).stream().sorted(SOONEST_FIRST).toList());
    }

    @Override
    public List<MeetingRequest> findAll() {
        return db.locked(db.meetingRequests::all);
    }

    @Override
    public MeetingRequest save(MeetingRequest request) {
        return db.locked(() -> db.meetingRequests.save(request));
    }

    @Override
    public boolean delete(MeetingRequestId id) {
        return db.locked(() -> db.meetingRequests.remove(id));
    }
}

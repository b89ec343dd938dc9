package dev.needle.application.service.fake;

import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.domain.ContactId;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.RequestStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Meeting requests in memory, for service tests. */
public final class FakeMeetingRequestStore implements MeetingRequestStore, Rollback {
    public final VersionedMap<MeetingRequestId, MeetingRequest> map =
            new VersionedMap<>("meeting request", MeetingRequest::id, MeetingRequest::version, MeetingRequest::withVersion);
    private static final Comparator<MeetingRequest> OLDEST_FIRST =
            Comparator.comparing(MeetingRequest::requestedOn).thenComparing(MeetingRequest::id);
    private static final Comparator<MeetingRequest> SOONEST_FIRST =
            Comparator.comparing((MeetingRequest r) -> r.schedule().orElseThrow().at()).thenComparing(MeetingRequest::id);

    @Override
    public Optional<MeetingRequest> find(MeetingRequestId id) {
        return map.find(id);
    }

    @Override
    public List<MeetingRequest> findByContact(ContactId contact) {
        return map.where(r -> r.contact().equals(contact), OLDEST_FIRST.reversed());
    }

    @Override
    public List<MeetingRequest> findPending() {
        return map.where(MeetingRequest::isPending, OLDEST_FIRST);
    }

    @Override
    public List<MeetingRequest> findScheduled(LocalDate first, LocalDate last) {
        return map.where(r -> r.status() == RequestStatus.SCHEDULED && r.schedule().map(s -> !s.at().toLocalDate().isBefore(first)
                && !s.at().toLocalDate().isAfter(last)).orElse(false), SOONEST_FIRST);
    }

    @Override
    public List<MeetingRequest> findAll() {
        return map.all(Comparator.comparing(MeetingRequest::id));
    }

    @Override
    public MeetingRequest save(MeetingRequest request) {
        return map.save(request);
    }

    @Override
    public Runnable snapshot() {
        return map.snapshot();
    }

    @Override
    public void writeUnder(WriteLock lock) {
        map.writeUnder(lock);
    }

    @Override
    public boolean delete(MeetingRequestId id) {
        return map.delete(id);
    }
}

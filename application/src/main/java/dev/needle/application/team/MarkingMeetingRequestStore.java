package dev.needle.application.team;

import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.domain.ContactId;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.RecordKind;
import dev.needle.domain.RecordMark;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The meeting request store that marks every save with who made it, and a request leaving "waiting
 * for triage" (accepted, countered, helped, declined) with who decided it.
 */
final class MarkingMeetingRequestStore implements MeetingRequestStore {
    private final MeetingRequestStore store;
    private final Marker marker;

    MarkingMeetingRequestStore(MeetingRequestStore store, Marker marker) {
        this.store = store;
        this.marker = marker;
    }

    @Override
    public MeetingRequest save(MeetingRequest request) {
        long id = request.id().value();
        return marker.saving(RecordKind.MEETING_REQUEST, id, "", () -> {
            boolean decides = request.status().isDecided() && (request.version() == 0
                    || store.find(request.id()).filter(stored -> !stored.status().isDecided()).isPresent());
            MeetingRequest saved = store.save(request);
            if (decides) {
                marker.mark(RecordKind.MEETING_REQUEST, id, RecordMark.Deed.DECIDED);
            }
            return saved;
        }, Marker.savedAt(request.version()));
    }

    @Override
    public Optional<MeetingRequest> find(MeetingRequestId id) {
        return store.find(id);
    }

    @Override
    public List<MeetingRequest> findByContact(ContactId contact) {
        return store.findByContact(contact);
    }

    @Override
    public List<MeetingRequest> findPending() {
        return store.findPending();
    }

    @Override
    public List<MeetingRequest> findScheduled(LocalDate first, LocalDate last) {
        return store.findScheduled(first, last);
    }

    @Override
    public List<MeetingRequest> findAll() {
        return store.findAll();
    }

    @Override
    public boolean delete(MeetingRequestId id) {
        // Through the marker's unit of work like a save, though it marks nothing: the mark stays for an undo.
        return marker.writing(() -> store.delete(id), deleted -> { });
    }
}

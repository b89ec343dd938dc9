package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.MeetingRequestStore;
import dev.needle.domain.Channel;
import dev.needle.domain.ContactId;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.Initiator;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Money;
import dev.needle.domain.RequestStatus;
import dev.needle.domain.Schedule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/** Meeting requests in SQL: the estimate, schedule and alternative are columns of the one row. */
final class JdbiMeetingRequestStore implements MeetingRequestStore {
    private static final VersionedWrite WRITE = new VersionedWrite("meeting request",
            "INSERT INTO meeting_requests (id, contact_id, requested_on, initiator, ask, format, place, proposed_at, "
                    + "estimate_minutes, estimate_travel_minutes, estimate_cents, status, scheduled_at, scheduled_place, "
                    + "scheduled_format, scheduled_minutes, alternative, message, version) VALUES (:id, :contact, "
                    + ":requestedOn, :initiator, :ask, :format, :place, :proposedAt, :estimateMinutes, :estimateTravel, "
                    + ":estimateCents, :status, :scheduledAt, :scheduledPlace, :scheduledFormat, :scheduledMinutes, "
                    + ":alternative, :message, 1)",
            "UPDATE meeting_requests SET contact_id = :contact, requested_on = :requestedOn, initiator = :initiator, "
                    + "ask = :ask, format = :format, place = :place, proposed_at = :proposedAt, "
                    + "estimate_minutes = :estimateMinutes, estimate_travel_minutes = :estimateTravel, "
                    + "estimate_cents = :estimateCents, status = :status, scheduled_at = :scheduledAt, "
                    + "scheduled_place = :scheduledPlace, scheduled_format = :scheduledFormat, "
                    + "scheduled_minutes = :scheduledMinutes, alternative = :alternative, message = :message, "
                    + "version = version + 1 WHERE id = :id AND version = :version");

    private final HandleScope scope;

    JdbiMeetingRequestStore(HandleScope scope) {
        this.scope = scope;
    }

    @Override
    public Optional<MeetingRequest> find(MeetingRequestId id) {
        return scope.read(handle -> load(handle, Selection.byId(id.value()), "o.id")).stream().findFirst();
    }

    @Override
    public List<MeetingRequest> findByContact(ContactId contact) {
        return scope.read(handle -> load(handle, Selection.where("o.contact_id = :contact", "contact", contact.value()),
                "o.requested_on DESC, o.id DESC"));
    }

    @Override
    public List<MeetingRequest> findPending() {
        return scope.read(handle -> load(handle, Selection.where("o.status = :status", "status", RequestStatus.PENDING.name()),
                "o.requested_on, o.id"));
    }

    /** Only scheduled rows carry a time; the status index narrows to them before any row is read. */
    @Override
    public List<MeetingRequest> findScheduled(LocalDate first, LocalDate last) {
        Selection week = new Selection("WHERE o.status = :status AND o.scheduled_at >= :from AND o.scheduled_at < :until",
                Map.of("status", RequestStatus.SCHEDULED.name(), "from", first.atStartOfDay(),
                        "until", last.plusDays(1).atStartOfDay()));
        return scope.read(handle -> load(handle, week, "o.scheduled_at, o.id"));
    }

    @Override
    public boolean delete(MeetingRequestId id) {
        return scope.inTransaction(handle -> handle.createUpdate("DELETE FROM meeting_requests WHERE id = :id")
                .bind("id", id.value()).execute() > 0);
    }

    @Override
    public List<MeetingRequest> findAll() {
        return scope.read(handle -> load(handle, Selection.ALL, "o.id"));
    }

    @Override
    public MeetingRequest save(MeetingRequest request) {
        return scope.write(handle -> {
            WRITE.save(handle, request.id().value(), request.version(), update -> bindFields(update, request));
            return request.withVersion(request.version() + 1);
        });
    }

    private static void bindFields(Update update, MeetingRequest r) {
        Optional<Schedule> schedule = r.schedule();
        update.bind("id", r.id().value())
                .bind("contact", r.contact().value())
                .bindByType("requestedOn", r.requestedOn(), LocalDate.class)
                .bind("initiator", r.initiator().name())
                .bind("ask", r.ask())
                .bind("format", r.format().name())
                .bind("place", r.place())
                .bindByType("proposedAt", r.proposedAt().orElse(null), LocalDateTime.class)
                .bind("estimateMinutes", r.estimate().minutes())
                .bind("estimateTravel", r.estimate().travelMinutes())
                .bind("estimateCents", r.estimate().money().cents())
                .bind("status", r.status().name())
                .bindByType("scheduledAt", schedule.map(Schedule::at).orElse(null), LocalDateTime.class)
                .bind("scheduledPlace", schedule.map(Schedule::place).orElse(null))
                .bind("scheduledFormat", schedule.map(s -> s.format().name()).orElse(null))
                .bind("scheduledMinutes", schedule.map(Schedule::minutes).orElse(null))
                .bind("alternative", r.alternative().map(Channel::name).orElse(null))
                .bind("message", r.message());
    }

    private static List<MeetingRequest> load(Handle handle, Selection selection, String order) {
        return selection.query(handle, "SELECT o.* FROM meeting_requests o " + selection.where() + " ORDER BY " + order)
                .map((rs, ctx) -> new MeetingRequest(new MeetingRequestId(rs.getLong("id")),
                        new ContactId(rs.getLong("contact_id")), Columns.requiredDate(rs, "requested_on"),
                        Columns.enumValue(rs, "initiator", Initiator.class), rs.getString("ask"),
                        Columns.enumValue(rs, "format", Channel.class), rs.getString("place"),
                        Columns.dateTime(rs, "proposed_at"),
                        new CostEstimate(rs.getInt("estimate_minutes"), rs.getInt("estimate_travel_minutes"),
                                Money.ofCents(rs.getLong("estimate_cents"))),
                        Columns.enumValue(rs, "status", RequestStatus.class), schedule(rs),
                        Columns.optionalEnum(rs, "alternative", Channel.class), rs.getString("message"),
                        rs.getLong("version")))
                .list();
    }

    private static Optional<Schedule> schedule(ResultSet rs) throws SQLException {
        LocalDateTime at = rs.getObject("scheduled_at", LocalDateTime.class);
        if (at == null) {
            return Optional.empty();
        }
        return Optional.of(new Schedule(at, rs.getString("scheduled_place"),
                Columns.enumValue(rs, "scheduled_format", Channel.class), rs.getInt("scheduled_minutes")));
    }
}

package dev.needle.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Someone asks to meet (or you consider asking them): what they asked, the format, place and time
 * proposed, what it would cost. It is decided once — scheduled, countered with a cheaper
 * alternative, answered with help, or declined kindly — and keeps the message that was sent.
 */
public record MeetingRequest(MeetingRequestId id, ContactId contact, LocalDate requestedOn, Initiator initiator,
                             String ask, Channel format, String place, Optional<LocalDateTime> proposedAt,
                             CostEstimate estimate, RequestStatus status, Optional<Schedule> schedule,
                             Optional<Channel> alternative, String message, long version) {

    /** The fields a change, an undo or a merge works on, one by one; who asked is fixed. */
    public static final FieldSet<MeetingRequest> FIELDS = FieldSet.<MeetingRequest>of("meeting request",
                    (r, v) -> new MeetingRequest(r.id, r.contact, v.get("requested on"), v.get("initiator"),
                            v.get("ask"), v.get("format"), v.get("place"), v.get("proposed at"), v.get("estimate"),
                            v.get("status"), v.get("schedule"), v.get("alternative"), v.get("message"), r.version))
            .field("requested on", MeetingRequest::requestedOn).field("initiator", MeetingRequest::initiator)
            .field("ask", MeetingRequest::ask).field("format", MeetingRequest::format)
            .field("place", MeetingRequest::place).field("proposed at", MeetingRequest::proposedAt)
            .field("estimate", MeetingRequest::estimate).field("status", MeetingRequest::status)
            .field("schedule", MeetingRequest::schedule).field("alternative", MeetingRequest::alternative)
            .field("message", MeetingRequest::message)
            .build();

    public MeetingRequest {
        Check.notNull("request id", id);
        Check.notNull("contact", contact);
        Check.notNull("requested on", requestedOn);
        Check.notNull("initiator", initiator);
        ask = Check.optional("ask", ask, 4000);
        Check.notNull("format", format);
        place = Check.optional("place", place, 200);
        proposedAt = Check.opt(proposedAt);
        Check.notNull("estimate", estimate);
        Check.notNull("status", status);
        schedule = Check.opt(schedule);
        alternative = Check.opt(alternative);
        message = Check.optional("message", message, 4000);
        if ((status == RequestStatus.SCHEDULED || status == RequestStatus.HELD) != schedule.isPresent()) {
            throw new InvalidValueException("schedule", "A scheduled request has a date, time and place, as has one held; others have none.");
        }
        if ((status == RequestStatus.COUNTERED) != alternative.isPresent()) {
            throw new InvalidValueException("alternative", "A countered request names the alternative offered.");
        }
        if (status == RequestStatus.DECLINED && message.isEmpty()) {
            throw new InvalidValueException("message", "A kind decline keeps the message that was sent.");
        }
    }

    public static MeetingRequest pending(MeetingRequestId id, ContactId contact, LocalDate requestedOn, Initiator initiator,
                                         String ask, Channel format, String place, Optional<LocalDateTime> proposedAt,
                                         CostEstimate estimate) {
        return new MeetingRequest(id, contact, requestedOn, initiator, ask, format, place, proposedAt, estimate,
                RequestStatus.PENDING, Optional.empty(), Optional.empty(), "", 0);
    }

    public boolean isPending() {
        return status == RequestStatus.PENDING;
    }

    public MeetingRequest accept(Schedule meeting, String note) {
        return decide(RequestStatus.SCHEDULED, Optional.of(meeting), Optional.empty(), note);
    }

    /** Accepted with the travel and money as entered where the meeting was set, which replace the estimate. */
    public MeetingRequest accept(Schedule meeting, CostEstimate cost, String note) {
        MeetingRequest accepted = accept(meeting, note);
        return new MeetingRequest(id, contact, requestedOn, initiator, ask, format, place, proposedAt, cost,
                accepted.status, accepted.schedule, accepted.alternative, accepted.message, version);
    }

    /** How far from the meeting's day a log may be dated and still be that meeting. */
    public static final int HELD_WITHIN_DAYS = 7;

    /**
     * Whether an interaction logged on {@code day} is this meeting: it is still scheduled and the day is
     * within a week of the meeting's, before or after (held early, or logged late). An email from last
     * month is not next Friday's call.
     */
    public boolean isHeldOn(LocalDate day) {
        return status == RequestStatus.SCHEDULED && schedule.map(s -> Math.abs(
                java.time.temporal.ChronoUnit.DAYS.between(s.at().toLocalDate(), day)) <= HELD_WITHIN_DAYS).orElse(false);
    }

    /** The scheduled meeting, logged: its cost now counts through the interaction, not as booked. */
    public MeetingRequest held() {
        if (status != RequestStatus.SCHEDULED) {
            throw new InvalidValueException("status", "Only a scheduled meeting can be held; this request is "
                    + status.label() + ".");
        }
        return new MeetingRequest(id, contact, requestedOn, initiator, ask, format, place, proposedAt, estimate,
                RequestStatus.HELD, schedule, alternative, message, version);
    }

    public MeetingRequest counter(Channel offered, String sent) {
        if (offered.isFaceToFace()) {
            throw new InvalidValueException("alternative", "An alternative is a call, video call, email or message, not " + offered.label() + ".");
        }
        return decide(RequestStatus.COUNTERED, Optional.empty(), Optional.of(offered), sent);
    }

    public MeetingRequest help(String sent) {
        return decide(RequestStatus.HELPING, Optional.empty(), Optional.empty(), sent);
    }

    public MeetingRequest decline(String sent) {
        return decide(RequestStatus.DECLINED, Optional.empty(), Optional.empty(), sent);
    }

    public MeetingRequest withVersion(long newVersion) {
        return new MeetingRequest(id, contact, requestedOn, initiator, ask, format, place, proposedAt, estimate, status,
                schedule, alternative, message, newVersion);
    }

    /** Decisions are final except that a countered request may still be scheduled or declined. */
    private MeetingRequest decide(RequestStatus next, Optional<Schedule> newSchedule, Optional<Channel> offered, String sent) {
        if (status != RequestStatus.PENDING && status != RequestStatus.COUNTERED) {
            throw new InvalidValueException("status", "This request is already " + status.label() + ".");
        }
        return new MeetingRequest(id, contact, requestedOn, initiator, ask, format, place, proposedAt, estimate, next,
                newSchedule, offered, sent, version);
    }
}

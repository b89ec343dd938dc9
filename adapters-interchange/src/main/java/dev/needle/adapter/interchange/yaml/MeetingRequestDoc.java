package dev.needle.adapter.interchange.yaml;

import dev.needle.domain.Channel;
import dev.needle.domain.ContactId;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.Initiator;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Money;
import dev.needle.domain.RequestStatus;
import dev.needle.domain.Schedule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/** A meeting request in a backup, with its estimate and, once accepted, its schedule. */
record MeetingRequestDoc(Long id, Long version, Long contact, LocalDate requestedOn, Initiator initiator, String ask,
                         Channel format, String place, LocalDateTime proposedAt, EstimateDoc estimate,
                         RequestStatus status, ScheduleDoc schedule, Channel alternative, String message) {

    /** What the meeting would take. */
    record EstimateDoc(Integer minutes, Integer travelMinutes, Money money) {
        CostEstimate toDomain() {
            return new CostEstimate(minutes == null ? 0 : minutes, travelMinutes == null ? 0 : travelMinutes,
                    money == null ? Money.ZERO : money);
        }
    }

    /** When, where and how an accepted meeting happens. */
    record ScheduleDoc(LocalDateTime at, String place, Channel format, Integer minutes) {
        Schedule toDomain() {
            return new Schedule(Required.present("at", at), place, Required.present("format", format),
                    Required.present("minutes", minutes));
        }
    }

    MeetingRequest toDomain() {
        return new MeetingRequest(new MeetingRequestId(Required.id(id)),
                new ContactId(Required.present("contact", contact)), Required.present("requested-on", requestedOn),
                Required.present("initiator", initiator), ask, Required.present("format", format), place,
                Optional.ofNullable(proposedAt), Required.present("estimate", estimate).toDomain(),
                Required.present("status", status), Optional.ofNullable(schedule).map(ScheduleDoc::toDomain),
                Optional.ofNullable(alternative), message, Required.version(version));
    }

    static MeetingRequestDoc of(MeetingRequest r) {
        CostEstimate e = r.estimate();
        return new MeetingRequestDoc(r.id().value(), r.version(), r.contact().value(), r.requestedOn(), r.initiator(),
                r.ask(), r.format(), r.place(), r.proposedAt().orElse(null),
                new EstimateDoc(e.minutes(), e.travelMinutes(), e.money()), r.status(),
                r.schedule().map(s -> new ScheduleDoc(s.at(), s.place(), s.format(), s.minutes())).orElse(null),
                r.alternative().orElse(null), r.message());
    }
}

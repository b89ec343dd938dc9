package dev.needle.domain.triage;

import dev.needle.domain.Channel;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Initiator;
import dev.needle.domain.Need;
import dev.needle.domain.Rapport;
import dev.needle.domain.Schedule;
import dev.needle.domain.Voice;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * What a message is written from: who it goes to and who asked, the answer and the channel proposed,
 * the ground that decided (the only reason it may give), the need it serves, what you can give them,
 * how the conversation went and where you met.
 *
 * @param requested   the channel of the request (theirs, or the one you considered)
 * @param place       where the request proposed to meet, empty when unknown
 * @param greatRapport the rapport from which "I enjoyed our conversation" is true
 * @param needsWritten whether you have written down any need at all
 * @param direction    the kind of your direction: a business "is still working out what the business needs"
 * @param voice        who the letter speaks for: a team's business says "we are looking for", a person "I am"
 * @param candidate    whether they are a candidate for a need to hire: the meeting is an interview
 * @param scheduled    the day, time and place already set for the meeting: the message proposes them
 * @param proposed     the day and time the request proposed: the message takes it up rather than asking for a day
 * @param there        whether they work at the company the need is about: they are not asked to introduce themselves
 */
public record Letter(String first, String name, Initiator askedBy, Recommendation answer, Ground ground,
                     Optional<Channel> channel, Channel requested, String place, Optional<Need> need,
                     Optional<Gift> gift, Rapport rapport, int greatRapport, Optional<String> metAt,
                     boolean needsWritten, DirectionKind direction, Voice voice, boolean candidate,
                     Optional<Schedule> scheduled, Optional<LocalDateTime> proposed,
                     boolean there) {

    /** The letter for another answer the user chose, on the channel they chose; it gives no reason of its own. */
    public Letter as(Recommendation otherAnswer, Channel otherChannel) {
        if (otherAnswer == answer && Optional.ofNullable(otherChannel).equals(channel)) {
            return this;
        }
        return new Letter(first, name, askedBy, otherAnswer, Ground.YOUR_CHOICE,
                otherAnswer == Recommendation.DECLINE_KINDLY ? Optional.empty() : Optional.ofNullable(otherChannel),
                requested, place, need, gift, rapport, greatRapport, metAt, needsWritten, direction, voice, candidate, scheduled,
                proposed, there);
    }

    /** The same letter once a day, time and place are set: it proposes them instead of asking for a day. */
    public Letter scheduledFor(Schedule schedule) {
        return new Letter(first, name, askedBy, answer, ground, channel, requested, place, need, gift, rapport,
                greatRapport, metAt, needsWritten, direction, voice, candidate, Optional.of(schedule), proposed, there);
    }

    boolean hitItOff() {
        return rapport.isRated() && rapport.score() >= greatRapport;
    }
}

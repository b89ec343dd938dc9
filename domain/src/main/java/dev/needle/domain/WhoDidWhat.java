package dev.needle.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Says who did what to a record in the words screens, commands and refusals use: "Added by Alice on
 * 3 Dec · changed by Bob at 10:42". A deed of today says its time, an older one its day. A part with
 * no stamp was the founder's, before the team.
 */
public final class WhoDidWhat {
    private final Team team;
    private final LocalDate today;

    public WhoDidWhat(Team team, LocalDate today) {
        this.team = team;
        this.today = today;
    }

    /**
     * The line a detail screen shows, or empty when the team is one person (who did everything) or
     * nobody has joined yet.
     */
    public Optional<String> line(RecordMark mark) {
        if (!team.isShared()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        parts.add("Added by " + who(mark.added()) + mark.added().map(stamp -> " " + when(stamp.at())).orElse(""));
        mark.decided().ifPresent(stamp -> parts.add("decided by " + who(mark.decided()) + " " + when(stamp.at())));
        // A decision changes the record too; said once when it is the same deed in the same words.
        mark.changed().map(stamp -> who(mark.changed()) + " " + when(stamp.at()))
                .filter(changed -> mark.decided().map(stamp -> who(mark.decided()) + " " + when(stamp.at()))
                        .filter(changed::equals).isEmpty())
                .ifPresent(changed -> parts.add("changed by " + changed));
        return Optional.of(String.join(" · ", parts));
    }

    /** The teammate a stamp names, by name; no stamp is the founder. */
    public String who(Optional<RecordMark.Stamp> stamp) {
        return team.whoIs(stamp.map(RecordMark.Stamp::by)).map(Teammate::name).orElse("someone");
    }

    /**
     * Who last touched the record and when, for a refusal: "changed by Alice at 10:42", "changed by you
     * in another session at 10:42" when the acting person did it elsewhere.
     */
    public String lastChange(RecordMark mark, Teammate me) {
        Optional<RecordMark.Stamp> last = mark.lastTouched();
        boolean mine = team.whoIs(last.map(RecordMark.Stamp::by)).filter(me::equals).isPresent();
        String by = mine ? "you in another session" : who(last);
        return "changed by " + by + last.map(stamp -> " " + whenExactly(stamp.at())).orElse("");
    }

    /** "at 10:42" today, "on 3 Dec" this year, "on 3 Dec 2025" before. */
    public String when(LocalDateTime at) {
        return at.toLocalDate().equals(today) ? "at " + time(at) : "on " + day(at.toLocalDate());
    }

    /** As {@link #when}, with the time on other days too: a refusal is about minutes. */
    private String whenExactly(LocalDateTime at) {
        return at.toLocalDate().equals(today) ? "at " + time(at) : "on " + day(at.toLocalDate()) + " at " + time(at);
    }

    private static String time(LocalDateTime at) {
        return String.format(Locale.ROOT, "%02d:%02d", at.getHour(), at.getMinute());
    }

    private String day(LocalDate day) {
        String month = day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return day.getDayOfMonth() + " " + month + (day.getYear() == today.getYear() ? "" : " " + day.getYear());
    }
}

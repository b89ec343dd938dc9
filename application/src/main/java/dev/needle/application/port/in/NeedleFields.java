package dev.needle.application.port.in;

import dev.needle.domain.Closure;
import dev.needle.domain.Rapport;
import dev.needle.domain.Stage;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Needle's own fields as a file carried them back (a card Needle wrote, kept by a CardDAV server or
 * another address book): what the person offers and looks for, rapport, stage, follow-up, where and
 * when you met, and how the relationship closed. {@link #NONE} when the file carried none.
 */
public record NeedleFields(Set<Tag> offers, Set<Tag> lookingFor, Optional<Rapport> rapport, Optional<Stage> stage,
                           Optional<LocalDate> nextFollowUp, String metAt, Optional<LocalDate> metOn,
                           Optional<Closure> closure) {
    public static final NeedleFields NONE = new NeedleFields(Set.of(), Set.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), "", Optional.empty(), Optional.empty());

    public NeedleFields {
        offers = offers == null ? Set.of() : Tag.inOrder(offers); // as typed, first things first
        lookingFor = lookingFor == null ? Set.of() : Tag.inOrder(lookingFor);
        rapport = rapport == null ? Optional.empty() : rapport;
        stage = stage == null ? Optional.empty() : stage;
        nextFollowUp = nextFollowUp == null ? Optional.empty() : nextFollowUp;
        metAt = metAt == null ? "" : metAt.strip();
        metOn = metOn == null ? Optional.empty() : metOn;
        closure = closure == null ? Optional.empty() : closure;
    }
}

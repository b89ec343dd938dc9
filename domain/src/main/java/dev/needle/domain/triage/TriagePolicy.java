package dev.needle.domain.triage;

import dev.needle.domain.Channel;
import dev.needle.domain.Need;
import java.util.List;
import java.util.Optional;

/**
 * Decides what to do with a meeting request, deterministically, and says why. Deciding and wording
 * are separate steps: the {@link TriageRule}s decide, in the article's order (serves a need strongly →
 * meet in person; partly, or too costly → a cheaper channel; they need what you can give → help
 * them; you hit it off → keep in touch; else decline kindly); {@link Explainer} writes the reasons
 * and {@link MessageComposer} the message from the same decision.
 */
public final class TriagePolicy {
    private final TriageSettings settings;

    public TriagePolicy(TriageSettings settings) {
        this.settings = settings;
    }

    public TriageSettings settings() {
        return settings;
    }

    public Verdict triage(TriageCase c) {
        Weighing w = Weighing.of(c, settings);
        TriageRule.Decision d = TriageRule.first(w);
        Optional<Channel> channel = d.channel();
        Optional<Gift> gift = w.give().first();
        if (d.ground() == Ground.PAY_IT_FORWARD && gift.map(Gift::isIntroduction).orElse(false)) {
            // An introduction is made in writing; offering "a quick call" instead was the wrong help.
            channel = Optional.of(Channel.EMAIL);
        }
        List<Reason> reasons = Explainer.reasons(w, d);
        Optional<Need> need = w.matches().stream().findFirst().map(m -> m.need().spokenTo(c.contact()));
        // A company's card has no first name: "Hi there," rather than "Hi Celeiro,".
        Letter letter = new Letter(c.contact().isCompanyOnly() ? "" : c.contact().firstName(), c.contact().name(),
                c.request().initiator(),
                d.recommendation(), d.ground(), channel, c.request().format(), c.request().place(),
                need, gift, c.contact().rapport(),
                settings.greatRapport(), c.metAt(), c.needs().stream().anyMatch(Need::isActive), c.direction(), c.voice(),
                w.candidate(), Optional.empty(), c.request().proposedAt(),
                need.map(n -> there(n, c.contact())).orElse(false));
        String message = MessageComposer.compose(letter, settings.templates());
        return new Verdict(d.recommendation(), reasons, w.fit(), c.request().estimate(), channel, message, d.ground(), letter);
    }

    /**
     * Whether the message goes to someone the need is about: they work at its company, and for an
     * introduction they are also the person it names (a hiring manager there is not asked for an
     * introduction to a hiring manager there).
     */
    private static boolean there(Need need, dev.needle.domain.Contact contact) {
        return need.namesTheCompanyOf(contact) && (need.kind() != dev.needle.domain.NeedKind.INTRODUCTION
                || need.targetsMatchedBy(contact).stream().anyMatch(t -> t.kind() == dev.needle.domain.TargetKind.ROLE));
    }
}

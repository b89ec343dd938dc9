package dev.needle.adapter.tui;

import dev.needle.application.port.in.AddNeedUseCase;
import dev.needle.application.port.in.CaptureContactUseCase;
import dev.needle.application.port.in.LogInteractionUseCase;
import dev.needle.application.port.in.SetDirectionUseCase;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.Expenses;
import dev.needle.domain.Need;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Tag;
import dev.needle.domain.Target;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Data the screen tests start from, entered through the same use cases the UI calls. */
final class Seeds {
    private Seeds() {
    }

    static Wiring withDirection() {
        return withDirection(new Wiring());
    }

    static Wiring withDirection(Wiring w) {
        w.useCases.setDirection().setDirection(new SetDirectionUseCase.Command(DirectionKind.JOB_SEARCH,
                "Land a UX research role in fintech", Set.of(Tag.of("ux design"))));
        return w;
    }

    static Need need(Wiring w, String title, Target... targets) {
        return w.useCases.addNeed().addNeed(new AddNeedUseCase.Command(title, NeedKind.INFORMATIONAL_INTERVIEW,
                List.of(targets), ""));
    }

    static Contact contact(Wiring w, String name, String company, String role) {
        return w.useCases.captureContact().capture(new CaptureContactUseCase.Command(name, company, role,
                Optional.empty(), Set.of(), Optional.empty()));
    }

    /** A 20-minute call with {@code who} logged {@code daysAgo} days before the fakes' today. */
    static void called(Wiring w, Contact who, int daysAgo) {
        w.useCases.logInteraction().logInteraction(new LogInteractionUseCase.Command(who.id(),
                Optional.of(Fakes.TODAY.minusDays(daysAgo)), Channel.CALL, 20, 0, Expenses.NONE, "", Set.of()));
    }
}

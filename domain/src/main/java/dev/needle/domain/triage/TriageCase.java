package dev.needle.domain.triage;

import dev.needle.domain.BudgetStatus;
import dev.needle.domain.Contact;
import dev.needle.domain.Direction;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.Need;
import dev.needle.domain.Tag;
import dev.needle.domain.Voice;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything triage weighs for one request: the request and its contact, your needs (met ones too, so
 * a verdict can say who met a need this person would have served), what you can offer yourself, the
 * people you know (as the directory of what they offer, which may answer what they look for), the
 * budget, the name of the event where you met, the kind of your direction and who the message speaks
 * for (a team's business says "we", a freelancer "I").
 */
public record TriageCase(MeetingRequest request, Contact contact, List<Need> needs, Set<Tag> yourOffers,
                         OfferDirectory network, Optional<BudgetStatus> budget, Optional<String> metAt,
                         DirectionKind direction, Voice voice) {
    /** A case over the people you know as a list; the directory of their offers is built from it. */
    public TriageCase(MeetingRequest request, Contact contact, List<Need> needs, Set<Tag> yourOffers,
                      List<Contact> network, Optional<BudgetStatus> budget) {
        this(request, contact, needs, yourOffers, OfferDirectory.of(network), budget, Optional.empty(),
                DirectionKind.JOB_SEARCH, Voice.I);
    }

    public TriageCase(MeetingRequest request, Contact contact, List<Need> needs, Set<Tag> yourOffers,
                      OfferDirectory network, Optional<BudgetStatus> budget) {
        this(request, contact, needs, yourOffers, network, budget, Optional.empty(), DirectionKind.JOB_SEARCH, Voice.I);
    }

    /** The same case, knowing the event where you met this person. */
    public TriageCase metAt(String event) {
        return new TriageCase(request, contact, needs, yourOffers, network, budget,
                event == null || event.isBlank() ? Optional.empty() : Optional.of(event.strip()), direction, voice);
    }

    /** The same case, for a direction of this kind, speaking as that kind usually does. */
    public TriageCase forDirection(DirectionKind kind) {
        DirectionKind known = kind == null ? DirectionKind.JOB_SEARCH : kind;
        return new TriageCase(request, contact, needs, yourOffers, network, budget, metAt, known, known.voice());
    }

    /** The same case, for this direction: its kind, and the voice its own words speak in. */
    public TriageCase forDirection(Direction direction) {
        return direction == null ? forDirection((DirectionKind) null)
                : new TriageCase(request, contact, needs, yourOffers, network, budget, metAt, direction.kind(),
                Voice.of(direction));
    }

    /** Needs already met: triage names who met them rather than matching them again. */
    public List<Need> metNeeds() {
        return needs.stream().filter(n -> n.status() == dev.needle.domain.NeedStatus.MET).toList();
    }

    public TriageCase {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(contact, "contact");
        if (!request.contact().equals(contact.id())) {
            throw new IllegalArgumentException("The request belongs to contact " + request.contact() + ", not " + contact.id());
        }
        needs = List.copyOf(needs);
        yourOffers = Set.copyOf(yourOffers);
        network = network == null ? OfferDirectory.empty() : network;
        budget = budget == null ? Optional.empty() : budget;
        metAt = metAt == null ? Optional.empty() : metAt;
        direction = direction == null ? DirectionKind.JOB_SEARCH : direction;
        voice = voice == null ? direction.voice() : voice;
    }
}

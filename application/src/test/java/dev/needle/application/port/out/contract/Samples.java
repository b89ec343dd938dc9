package dev.needle.application.port.out.contract;

import dev.needle.domain.Channel;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.CostEstimate;
import dev.needle.domain.EventId;
import dev.needle.domain.ExpenseKind;
import dev.needle.domain.Expenses;
import dev.needle.domain.Initiator;
import dev.needle.domain.Interaction;
import dev.needle.domain.InteractionId;
import dev.needle.domain.MeetingRequest;
import dev.needle.domain.MeetingRequestId;
import dev.needle.domain.Money;
import dev.needle.domain.NeedId;
import dev.needle.domain.Origin;
import dev.needle.domain.Rapport;
import dev.needle.domain.PersonName;
import dev.needle.domain.Reach;
import dev.needle.domain.ReachLabel;
import dev.needle.domain.ReachLabels;
import dev.needle.domain.Stage;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Records filled the way real users fill them, with the text that trips storage up: accents, CJK,
 * emoji (two UTF-16 units each), quotes, SQL punctuation, backslashes and line breaks.
 */
final class Samples {
    static final String TRICKY_TEXT = "Line one\nLine two: 'quoted' \"double\" ; -- % _ \\ back\\slash\tand a tab 🎉 漢字";

    /** Kept as the other program wrote them: a folded-looking line, parameters, escapes, non-Latin text. */
    static final List<String> FOREIGN_FIELDS = List.of("X-SKYPE:zoe.angstrom", "BDAY:19850314",
            "X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/zoe", "NOTE;LANGUAGE=ja:会議\\, 火曜日\\n次へ",
            TRICKY_TEXT);

    private Samples() {
    }

    static Set<Tag> tags(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> Tag.of(prefix + " " + i)).collect(Collectors.toSet());
    }

    /** Every optional part present, at an event, introduced by someone. */
    static Contact fullContact(ContactId id, EventId metAt, ContactId introducedBy) {
        Reach reach = new Reach(List.of("zoe.angstrom@example.com", "Zoë@例え.jp"),
                List.of("+46 70 123 45 67", "+81-3-1234-5678"),
                List.of("https://www.linkedin.com/in/zoe-angstrom", "https://example.org/~zoë"));
        Origin origin = new Origin(Optional.of(metAt), "Café Müller, 東京", Optional.of(LocalDate.of(2024, 2, 29)),
                Optional.of(introducedBy));
        Set<Tag> offers = tags("market research", 30);
        Set<Tag> lookingFor = Set.of(Tag.of("ux research"), Tag.of("日本語 lessons"), Tag.of("café ☕ owners"));
        return new Contact(id, "Zoë Ångström-Núñez 李小龍 🚀", "株式会社ニードル", "Head of Research 🔬", reach, origin,
                offers, lookingFor, Rapport.of(5), Stage.SCHEDULED, Optional.of(LocalDate.of(2025, 12, 31)),
                TRICKY_TEXT, Optional.empty(), 0, FOREIGN_FIELDS, "urn:uuid:6f1c2a0e-zoë-" + id.value(),
                new PersonName("Dr.", "Zoë", "李", "Ångström-Núñez", "PhD, she/her"),
                List.of("Nordic ☕ friends", "Work, research", TRICKY_TEXT),
                new ReachLabels(Map.of("+46 70 123 45 67", new ReachLabel(List.of("cell", "voice"), 1),
                        "Zoë@例え.jp", new ReachLabel(List.of("home"), 0))));
    }

    /** A coffee with travel, gas and coffee paid, that moved two needs. */
    static Interaction coffee(InteractionId id, ContactId with, LocalDate on, Set<NeedId> advanced) {
        Expenses paid = new Expenses(Map.of(ExpenseKind.GAS, Money.ofCents(1234), ExpenseKind.COFFEE, Money.ofCents(450),
                ExpenseKind.OTHER, Money.ofCents(1)));
        return new Interaction(id, with, on, Channel.COFFEE, 45, 30, paid, TRICKY_TEXT, advanced);
    }

    static Interaction call(InteractionId id, ContactId with, LocalDate on) {
        return new Interaction(id, with, on, Channel.CALL, 20, 0, Expenses.NONE, "", Set.of());
    }

    static MeetingRequest pendingRequest(MeetingRequestId id, ContactId from, LocalDate on) {
        return MeetingRequest.pending(id, from, on, Initiator.THEM, "Coffee to talk about 数据 and 🎯 targets?",
                Channel.COFFEE, "Espresso House, Götgatan", Optional.of(LocalDateTime.of(2025, 3, 14, 9, 26, 53)),
                new CostEstimate(60, 40, Money.ofCents(899)));
    }
}

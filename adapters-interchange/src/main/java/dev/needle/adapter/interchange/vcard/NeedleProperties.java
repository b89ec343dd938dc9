package dev.needle.adapter.interchange.vcard;

import dev.needle.application.port.in.NeedleFields;
import dev.needle.domain.Closure;
import dev.needle.domain.Contact;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.PrintableText;
import dev.needle.domain.Rapport;
import dev.needle.domain.Stage;
import dev.needle.domain.Tag;
import ezvcard.VCard;
import ezvcard.property.RawProperty;
import ezvcard.property.VCardProperty;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Needle's own fields inside a card, as {@code X-NEEDLE-…} properties: address books and CardDAV
 * servers keep extended properties they do not know, so a card that went through one comes back with
 * them. One property per offer and per looking-for tag (a tag may hold any character but a comma, so a
 * list in one value would need escaping every program gets wrong); dates as ISO 8601; the stage by
 * its label. The event and the introducer are links inside one Needle and stay out. Documented in
 * docs/vcard.md.
 */
final class NeedleProperties {
    static final String OFFER = "X-NEEDLE-OFFER";
    static final String LOOKING_FOR = "X-NEEDLE-LOOKING-FOR";
    static final String RAPPORT = "X-NEEDLE-RAPPORT";
    static final String STAGE = "X-NEEDLE-STAGE";
    static final String FOLLOW_UP = "X-NEEDLE-FOLLOW-UP";
    static final String MET_AT = "X-NEEDLE-MET-AT";
    static final String MET_ON = "X-NEEDLE-MET-ON";
    static final String CLOSED_ON = "X-NEEDLE-CLOSED-ON";
    static final String CLOSING_MESSAGE = "X-NEEDLE-CLOSING-MESSAGE";

    private NeedleProperties() {
    }

    static void write(Contact contact, VCard card) {
        contact.offers().forEach(tag -> add(card, OFFER, tag.value())); // as typed, first things first
        contact.lookingFor().forEach(tag -> add(card, LOOKING_FOR, tag.value()));
        if (contact.rapport().isRated()) {
            add(card, RAPPORT, Integer.toString(contact.rapport().score()));
        }
        if (contact.stage() != Stage.MET) {
            add(card, STAGE, contact.stage().label());
        }
        contact.nextFollowUp().ifPresent(on -> add(card, FOLLOW_UP, on.toString()));
        if (!contact.origin().place().isEmpty()) {
            add(card, MET_AT, contact.origin().place());
        }
        contact.origin().on().ifPresent(on -> add(card, MET_ON, on.toString()));
        contact.closure().ifPresent(closure -> {
            add(card, CLOSED_ON, closure.on().toString());
            add(card, CLOSING_MESSAGE, closure.message());
        });
    }

    /** A text value escaped as RFC 6350 says (backslash, comma, semicolon, line break): the library writes raw values as given. */
    private static void add(VCard card, String name, String value) {
        String text = PrintableText.lines(value).replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
                .replace("\r\n", "\n").replace("\n", "\\n");
        card.addExtendedProperty(name, text);
    }

    private static String unescape(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(++i);
                text.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /**
     * Needle's fields from the card, each {@code X-NEEDLE-…} property marked {@code used}; a value that
     * is not valid is left out and {@code remark} hears what and why, the rest of the card still counts.
     */
    static NeedleFields read(VCard card, Set<VCardProperty> used, Consumer<String> remark) {
        Set<Tag> offers = new LinkedHashSet<>();
        Set<Tag> lookingFor = new LinkedHashSet<>();
        Optional<Rapport> rapport = Optional.empty();
        Optional<Stage> stage = Optional.empty();
        Optional<LocalDate> followUp = Optional.empty();
        String metAt = "";
        Optional<LocalDate> metOn = Optional.empty();
        Optional<LocalDate> closedOn = Optional.empty();
        String closingMessage = "";
        for (RawProperty property : card.getExtendedProperties()) {
            String name = property.getPropertyName() == null ? "" : property.getPropertyName().toUpperCase(Locale.ROOT);
            if (!name.startsWith("X-NEEDLE-")) {
                continue;
            }
            String value = property.getValue() == null ? "" : unescape(property.getValue()).strip();
            used.add(property);
            if (value.isEmpty()) {
                continue;
            }
            try {
                switch (name) {
                    case OFFER -> offers.add(Tag.of(value));
                    case LOOKING_FOR -> lookingFor.add(Tag.of(value));
                    case RAPPORT -> rapport = Optional.of(rapport(value));
                    case STAGE -> stage = Optional.of(stage(value));
                    case FOLLOW_UP -> followUp = Optional.of(date(value));
                    case MET_AT -> metAt = value;
                    case MET_ON -> metOn = Optional.of(date(value));
                    case CLOSED_ON -> closedOn = Optional.of(date(value));
                    case CLOSING_MESSAGE -> closingMessage = value;
                    default -> {
                        // A field of a later Needle: kept as it came, written back on export.
                        used.remove(property);
                    }
                }
            } catch (InvalidValueException | DateTimeParseException | NumberFormatException invalid) {
                remark.accept("left out " + name + " \"" + shorten(value) + "\": " + reason(invalid));
            }
        }
        Optional<Closure> closure = Optional.empty();
        if (closedOn.isPresent() && !closingMessage.isEmpty()) {
            closure = Optional.of(new Closure(closedOn.get(), closingMessage));
        } else if (closedOn.isPresent() || !closingMessage.isEmpty()) {
            remark.accept("left out the closing: " + CLOSED_ON + " and " + CLOSING_MESSAGE + " come together");
        }
        if (stage.filter(s -> s == Stage.CLOSED_KINDLY).isPresent() && closure.isEmpty()) {
            remark.accept("left out " + STAGE + " \"closed kindly\": it needs the closing message");
            stage = Optional.empty();
        }
        return new NeedleFields(offers, lookingFor, rapport, stage, followUp, metAt, metOn, closure);
    }

    private static Rapport rapport(String value) {
        int score = Integer.parseInt(value);
        if (score < 0 || score > Rapport.MAX) {
            throw new InvalidValueException("rapport", "rapport is 0 to " + Rapport.MAX);
        }
        return Rapport.of(score);
    }

    private static Stage stage(String value) {
        String wanted = value.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        for (Stage stage : Stage.values()) {
            if (stage.label().equals(wanted)) {
                return stage;
            }
        }
        throw new InvalidValueException("stage", "not a stage (" + String.join(", ",
                List.of(Stage.values()).stream().map(Stage::label).toList()) + ")");
    }

    private static LocalDate date(String value) {
        return LocalDate.parse(value);
    }

    private static String reason(RuntimeException invalid) {
        if (invalid instanceof DateTimeParseException) {
            return "not a date like 2025-03-31";
        }
        if (invalid instanceof NumberFormatException) {
            return "not a number";
        }
        return invalid.getMessage();
    }

    private static String shorten(String value) {
        String line = value.replaceAll("\\s+", " ");
        return line.length() <= 40 ? line : line.substring(0, 39) + "…";
    }
}

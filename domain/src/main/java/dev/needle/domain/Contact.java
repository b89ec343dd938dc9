package dev.needle.domain;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A person met while networking: who they are, how to reach them, where you met, what they can
 * offer and what they look for (so you can pay it forward), how the conversation went, and where
 * the relationship stands. Closed kindly only together with the message that closed it.
 * Foreign fields are what another program knew about the person and Needle has no place for, kept
 * verbatim (one text each, in their own format) so that exporting back to that program loses nothing.
 * What address books know besides: a stable UID (vCard's, given when the contact is created and never
 * changed, so a card and its contact find each other again), the name in its parts, the categories
 * (groups) the card was filed under, and the kinds and preference of each phone and email.
 */
public record Contact(ContactId id, String name, String company, String role, Reach reach, Origin origin,
                      Set<Tag> offers, Set<Tag> lookingFor, Rapport rapport, Stage stage,
                      Optional<LocalDate> nextFollowUp, String notes, Optional<Closure> closure, long version,
                      List<String> foreignFields, String uid, PersonName nameParts, List<String> categories,
                      ReachLabels reachLabels) {

    /** The fields a change, an undo or a merge works on, one by one (the address book split by kind). */
    public static final FieldSet<Contact> FIELDS = FieldSet.<Contact>of("contact", (c, v) -> new Contact(c.id,
                    v.get("name"), v.get("company"), v.get("role"),
                    new Reach(v.get("email"), v.get("phone"), v.get("web")), v.get("met"), v.get("offers"),
                    v.get("looking for"), v.get("rapport"), v.get("stage"), v.get("next follow-up"), v.get("notes"),
                    v.get("closing message"), c.version, v.get("other programs' fields"), c.uid, v.get("name parts"),
                    v.get("categories"), v.get("phone and email kinds")))
            .field("name", Contact::name).field("company", Contact::company).field("role", Contact::role)
            .field("email", c -> c.reach().emails()).field("phone", c -> c.reach().phones())
            .field("web", c -> c.reach().urls()).field("met", Contact::origin).field("offers", Contact::offers)
            .field("looking for", Contact::lookingFor).field("rapport", Contact::rapport)
            .field("stage", Contact::stage).field("next follow-up", Contact::nextFollowUp)
            .field("notes", Contact::notes).field("closing message", Contact::closure)
            .field("other programs' fields", Contact::foreignFields, FieldGroups::united)
            .field("name parts", Contact::nameParts).field("categories", Contact::categories)
            .field("phone and email kinds", Contact::reachLabels)
            .build();

    public Contact {
        Check.notNull("contact id", id);
        name = Check.required("name", name, 200);
        company = Check.optional("company", company, 200);
        role = Check.optional("role", role, 200);
        reach = reach == null ? Reach.NONE : reach;
        origin = origin == null ? Origin.UNKNOWN : origin;
        offers = Tag.inOrder(Check.elements("offers", offers));
        lookingFor = Tag.inOrder(Check.elements("looking for", lookingFor));
        rapport = rapport == null ? Rapport.UNRATED : rapport;
        Check.notNull("stage", stage);
        nextFollowUp = Check.opt(nextFollowUp);
        notes = Check.optional("notes", notes, 20_000);
        closure = Check.opt(closure);
        if ((stage == Stage.CLOSED_KINDLY) != closure.isPresent()) {
            throw new InvalidValueException("stage", "A contact is closed kindly exactly when it records the closing message.");
        }
        if (version < 0) {
            throw new InvalidValueException("version", "Version cannot be negative.");
        }
        foreignFields = withoutBlanks(Check.list("foreign fields", foreignFields));
        uid = Check.required("UID", uid, 500);
        nameParts = nameParts == null ? PersonName.EMPTY : nameParts;
        categories = strippedOnce(Check.list("categories", categories));
        for (String category : categories) {
            Check.optional("category", category, 200);
        }
        reachLabels = reachLabels == null ? ReachLabels.NONE : reachLabels;
    }

    // Loops, not streams: every contact read is built here, and a script's run builds its few in code
    // that runs cold (docs/performance.md).

    /** {@code values} without the blank ones, in order (the list itself when none is). */
    private static List<String> withoutBlanks(List<String> values) {
        for (String value : values) {
            if (value.isBlank()) {
                List<String> kept = new ArrayList<>(values.size());
                for (String v : values) {
                    if (!v.isBlank()) {
                        kept.add(v);
                    }
                }
                return List.copyOf(kept);
            }
        }
        return values;
    }

    /** {@code values} stripped, without empty ones and repeats, in the order first given. */
    private static List<String> strippedOnce(List<String> values) {
        List<String> kept = new ArrayList<>(values.size());
        for (String value : values) {
            String stripped = value.strip();
            if (!stripped.isEmpty() && !kept.contains(stripped)) {
                kept.add(stripped);
            }
        }
        return List.copyOf(kept);
    }

    /**
     * A contact as every record was before Needle kept address-book details: no name parts, categories
     * or labels, and a UID derived from the id (stable, but only unique within one store). Every way
     * Needle creates a contact passes a fresh {@link #newUid()} through the full constructor instead.
     */
    public Contact(ContactId id, String name, String company, String role, Reach reach, Origin origin,
                   Set<Tag> offers, Set<Tag> lookingFor, Rapport rapport, Stage stage,
                   Optional<LocalDate> nextFollowUp, String notes, Optional<Closure> closure, long version,
                   List<String> foreignFields) {
        this(id, name, company, role, reach, origin, offers, lookingFor, rapport, stage, nextFollowUp, notes,
                closure, version, foreignFields, derivedUid(id), PersonName.EMPTY, List.of(), ReachLabels.NONE);
    }

    /** A new, globally unique UID for a contact being created (a random UUID, as RFC 6350 suggests). */
    public static String newUid() {
        // Time-ordered (RFC 9562 version 7): the milliseconds first, then random bits. New UIDs sort
        // after older ones, so a store's index on them grows at one end instead of splitting pages
        // all over during a large import.
        return UidBits.version7(System.currentTimeMillis()).toString();
    }

    /**
     * The random bits of new UIDs: a generator seeded once from the system's secure source. A UID needs
     * to be unique, not unguessable, and {@link UUID#randomUUID()} runs a digest for every call, which a
     * large import felt (docs/performance.md). Made on first use, so a start that creates no contact
     * opens no secure source.
     */
    private static final class UidBits {
        private static final SplittableRandom SEEDED = new SplittableRandom(new SecureRandom().nextLong());

        private UidBits() {
        }

        /** The version and variant bits set as RFC 9562 asks, 74 random bits besides the milliseconds. */
        static synchronized UUID version7(long millis) {
            long high = (millis << 16) | 0x7000L | (SEEDED.nextLong() & 0x0FFFL);
            long low = (SEEDED.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
            return new UUID(high, low);
        }
    }

    private static String derivedUid(ContactId id) {
        return UUID.nameUUIDFromBytes(("needle-contact-" + Check.notNull("contact id", id).value())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A contact with no foreign fields: the shape every record had before imports kept them. */
    public Contact(ContactId id, String name, String company, String role, Reach reach, Origin origin,
                   Set<Tag> offers, Set<Tag> lookingFor, Rapport rapport, Stage stage,
                   Optional<LocalDate> nextFollowUp, String notes, Optional<Closure> closure, long version) {
        this(id, name, company, role, reach, origin, offers, lookingFor, rapport, stage, nextFollowUp, notes,
                closure, version, List.of());
    }

    /**
     * The fast capture after an event: a name, the rest may follow later. The UID is derived from the
     * id, so two captures of one id are equal; {@link #created} is the one to store.
     */
    public static Contact capture(ContactId id, String name) {
        return new Contact(id, name, "", "", Reach.NONE, Origin.UNKNOWN, Set.of(), Set.of(), Rapport.UNRATED,
                Stage.MET, Optional.empty(), "", Optional.empty(), 0);
    }

    /** A new contact as {@link #capture} makes it, with a fresh UID of its own: what Needle stores. */
    public static Contact created(ContactId id, String name) {
        return new Contact(id, name, "", "", Reach.NONE, Origin.UNKNOWN, Set.of(), Set.of(), Rapport.UNRATED,
                Stage.MET, Optional.empty(), "", Optional.empty(), 0, List.of(), newUid(), PersonName.EMPTY, List.of(),
                ReachLabels.NONE);
    }

    public boolean isClosed() {
        return stage == Stage.CLOSED_KINDLY;
    }

    /** Whether one of {@code tags} is among what they offer or look for, however it was typed. */
    public boolean holdsAnyOf(Collection<Tag> tags) {
        for (Tag tag : tags) {
            for (Tag held : offers) {
                if (held.sameAs(tag)) {
                    return true;
                }
            }
            for (Tag held : lookingFor) {
                if (held.sameAs(tag)) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean worksAt(String otherCompany) {
        return CompanyName.same(company, otherCompany);
    }

    /**
     * Whether this card names a company and no person ("Celeiro Distribuição" at Celeiro Distribuição, as
     * address books keep a shop's general address): there is nobody to greet by a first name.
     */
    public boolean isCompanyOnly() {
        return nameParts.isEmpty() && CompanyName.same(name, company);
    }

    /**
     * The name to greet them by in suggested messages: their given name where the card says it, else
     * the first word of the name after its titles ("Mr.", "Mag."), never a title alone; with no given
     * name, the title and the family name ("Dr. Smith"). A name typed all in capitals or all in small
     * letters is written as a name is ("Jean-Pierre", "Björn").
     */
    public String firstName() {
        PersonName parts = nameParts.isEmpty() ? PersonName.guessFrom(name) : nameParts;
        String given = PersonName.withoutTitles(parts.given());
        if (!given.isEmpty()) {
            return English.asName(given.replace("\\,", ","));
        }
        if (!parts.prefix().isEmpty() && !parts.family().isEmpty()) {
            return English.asName(parts.prefix() + " " + parts.family()).replace("\\,", ",");
        }
        if (nameParts.isEmpty() && !parts.family().isEmpty() && parts.middle().isEmpty()) {
            // A family name alone ("van der Berg") starts the greeting with a capital: "Hi Van der Berg,".
            return English.capitalized(English.asName(parts.family()).replace("\\,", ","));
        }
        int space = name.indexOf(' ');
        return English.asName(space < 0 ? name : name.substring(0, space));
    }

    /**
     * Whether {@code typed} names this person as someone would type them: each word begins a word of
     * their name, in order, ignoring case and accents ("Katrin Müller" for Katrin Müller-Lüdenscheidt).
     */
    public boolean answersTo(String typed) {
        String[] wanted = SearchText.fold(typed).split("[^\\p{L}\\p{N}]+");
        String[] words = SearchText.fold(name).split("[^\\p{L}\\p{N}]+");
        int at = 0;
        boolean any = false;
        for (String word : wanted) {
            if (word.isEmpty()) {
                continue;
            }
            while (at < words.length && !words[at].startsWith(word)) {
                at++;
            }
            if (at == words.length) {
                return false;
            }
            at++;
            any = true;
        }
        return any;
    }

    /** Closes the relationship with the message that was sent; the follow-up goes with it. */
    public Contact closeKindly(String message, LocalDate on) {
        return edit().stage(Stage.CLOSED_KINDLY).closure(Optional.of(new Closure(on, message)))
                .nextFollowUp(Optional.empty()).build();
    }

    /** Moves to another open stage; closing needs {@link #closeKindly} and its message. */
    public Contact moveTo(Stage newStage) {
        if (newStage == Stage.CLOSED_KINDLY) {
            throw new InvalidValueException("stage", "Closing kindly needs the message you sent; use close kindly.");
        }
        return edit().stage(newStage).closure(Optional.empty()).build();
    }

    /**
     * Met at last, at an event ({@code there}): someone not met yet is met now, and the event becomes where you
     * met when the book knew of nowhere else. A follow-up comes due on {@code followUp} unless one is due sooner
     * (none for someone closed kindly). What was typed there fills what is empty and adds to the notes; nothing
     * already known is replaced.
     */
    public Contact metAt(Origin there, LocalDate followUp, String typedCompany, String typedRole, String typedNotes) {
        Draft met = edit();
        if (stage == Stage.NOT_MET_YET) {
            met.stage(Stage.MET);
        }
        if (origin.event().isEmpty() && origin.on().isEmpty()) {
            met.origin(new Origin(there.event(), there.place(), there.on(), origin.introducedBy()));
        }
        if (!isClosed()) {
            met.nextFollowUp(Optional.of(nextFollowUp.filter(due -> due.isBefore(followUp)).orElse(followUp)));
        }
        met.company(company.isEmpty() ? typedCompany : company).role(role.isEmpty() ? typedRole : role);
        String added = typedNotes == null ? "" : typedNotes.strip();
        if (!added.isEmpty() && !notes.contains(added)) {
            met.notes(notes.isEmpty() ? added : notes + "\n" + added);
        }
        return met.build();
    }

    public Contact followUpOn(LocalDate date) {
        return edit().nextFollowUp(Optional.of(date)).build();
    }

    /**
     * Snoozes the follow-up by some days counted from the later of today and the date it is due,
     * so snoozing never brings a follow-up earlier than it already was.
     */
    public Contact snoozed(LocalDate today, int days) {
        if (days < 1) {
            throw new InvalidValueException("snooze", "Snooze by at least one day.");
        }
        LocalDate from = nextFollowUp.filter(due -> due.isAfter(today)).orElse(today);
        return followUpOn(from.plusDays(days));
    }

    /** How long after offering help to check in on how it went. */
    public static final int DAYS_TO_FOLLOW_UP_AFTER_HELPING = 7;

    /**
     * After offering help: on to "following up" with a follow-up a week out, or sooner when one was
     * already due earlier. A closed contact stays closed, with no follow-up.
     */
    public Contact helping(LocalDate today) {
        if (isClosed()) {
            return this;
        }
        LocalDate weekOut = today.plusDays(DAYS_TO_FOLLOW_UP_AFTER_HELPING);
        LocalDate on = nextFollowUp.filter(due -> due.isBefore(weekOut)).orElse(weekOut);
        Contact following = stage == Stage.FOLLOWING_UP ? this : moveTo(Stage.FOLLOWING_UP);
        return following.followUpOn(on);
    }

    public Contact withoutFollowUp() {
        return edit().nextFollowUp(Optional.empty()).build();
    }

    public Contact withVersion(long newVersion) {
        return edit().version(newVersion).build();
    }

    /** Everything a filter looks at, folded once: name, nicknames, company, role, tags, notes, emails. */
    public String searchText() {
        return ContactSearchFields.text(name, Nicknames.in(foreignFields), company, role, offers, lookingFor,
                reach.emails(), notes);
    }

    /**
     * Folds another record of this same person in: fills what is empty here, unites addresses, tags and
     * foreign fields, and never overwrites a value already here (each disagreement becomes a note).
     */
    public ContactMerge absorb(Contact samePerson) {
        return ContactMerge.of(this, samePerson);
    }

    public Draft edit() {
        return new Draft(this);
    }

    /** A mutable copy for forms and importers; {@link #build()} validates everything at once. */
    public static final class Draft {
        private final ContactId id;
        private String name;
        private String company;
        private String role;
        private Reach reach;
        private Origin origin;
        private Set<Tag> offers;
        private Set<Tag> lookingFor;
        private Rapport rapport;
        private Stage stage;
        private Optional<LocalDate> nextFollowUp;
        private String notes;
        private Optional<Closure> closure;
        private long version;
        private List<String> foreignFields;
        private final String uid;
        private PersonName nameParts;
        private List<String> categories;
        private ReachLabels reachLabels;

        private Draft(Contact c) {
            id = c.id;
            name = c.name;
            company = c.company;
            role = c.role;
            reach = c.reach;
            origin = c.origin;
            offers = c.offers;
            lookingFor = c.lookingFor;
            rapport = c.rapport;
            stage = c.stage;
            nextFollowUp = c.nextFollowUp;
            notes = c.notes;
            closure = c.closure;
            version = c.version;
            foreignFields = c.foreignFields;
            uid = c.uid;
            nameParts = c.nameParts;
            categories = c.categories;
            reachLabels = c.reachLabels;
        }

        public Draft name(String value) { name = value; return this; }
        public Draft company(String value) { company = value; return this; }
        public Draft role(String value) { role = value; return this; }
        public Draft reach(Reach value) { reach = value; return this; }
        public Draft origin(Origin value) { origin = value; return this; }
        public Draft offers(Set<Tag> value) { offers = value; return this; }
        public Draft lookingFor(Set<Tag> value) { lookingFor = value; return this; }
        public Draft rapport(Rapport value) { rapport = value; return this; }
        public Draft stage(Stage value) { stage = value; return this; }
        public Draft nextFollowUp(Optional<LocalDate> value) { nextFollowUp = value; return this; }
        public Draft notes(String value) { notes = value; return this; }
        public Draft closure(Optional<Closure> value) { closure = value; return this; }
        public Draft version(long value) { version = value; return this; }
        public Draft foreignFields(List<String> value) { foreignFields = value; return this; }
        public Draft nameParts(PersonName value) { nameParts = value; return this; }
        public Draft categories(List<String> value) { categories = value; return this; }
        public Draft reachLabels(ReachLabels value) { reachLabels = value; return this; }

        public Contact build() {
            return new Contact(id, name, company, role, reach, origin, offers, lookingFor, rapport, stage,
                    nextFollowUp, notes, closure, version, foreignFields, uid, nameParts, categories, reachLabels);
        }
    }
}

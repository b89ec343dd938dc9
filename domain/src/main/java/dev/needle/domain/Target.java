package dev.needle.domain;

import java.util.List;

/** One thing a need aims at: a company, a role or a topic. */
public record Target(TargetKind kind, String value) {
    public Target {
        Check.notNull("target kind", kind);
        value = Check.required(kind.label(), value, 120);
    }

    public static Target company(String name) {
        return new Target(TargetKind.COMPANY, name);
    }

    public static Target role(String name) {
        return new Target(TargetKind.ROLE, name);
    }

    public static Target topic(String name) {
        return new Target(TargetKind.TOPIC, name);
    }

    /**
     * Whether this contact is inside the target: works at the company or offers a way into it ("intro
     * to Sonae legal"), holds (or offers) the role, or knows the topic through their role or what they offer.
     */
    public boolean isMatchedBy(Contact contact) {
        return isMatchedByCompany(contact.company()) || isMatchedByRole(contact.role()) || offers(contact);
    }

    /** The part of {@link #isMatchedBy} a company alone answers: working there, or a topic the name mentions. */
    boolean isMatchedByCompany(String company) {
        return switch (kind) {
            case COMPANY -> CompanyName.same(value, company);
            case ROLE -> false;
            case TOPIC -> mentions(company);
        };
    }

    /** The part of {@link #isMatchedBy} a role alone answers: holding it, or a topic the role mentions. */
    boolean isMatchedByRole(String role) {
        return kind != TargetKind.COMPANY && mentions(role);
    }

    /** The part of {@link #isMatchedBy} one offered tag answers: it holds this target. */
    boolean isOfferedAs(Tag tag) {
        return WordMatch.allFound(offered(), WordMatch.words(tag.value()));
    }

    private List<String> offered() {
        return WordMatch.words(kind == TargetKind.COMPANY ? CompanyName.key(value) : value);
    }

    private boolean mentions(String text) {
        return WordMatch.allFound(WordMatch.words(value), WordMatch.words(text));
    }

    private boolean offers(Contact contact) {
        return offerMatching(contact).isPresent();
    }

    /** Whether this is a role and the contact holds it ("pastry chef" for a head pastry chef). */
    public boolean isHeldBy(Contact contact) {
        return kind == TargetKind.ROLE && !contact.role().isBlank() && mentions(contact.role());
    }

    /** Whether this is a company and the contact works there ("Sonae SGPS" for Sonae). */
    public boolean worksAt(Contact contact) {
        return kind == TargetKind.COMPANY && CompanyName.same(value, contact.company());
    }

    /**
     * What the contact offers that holds this target ("ground-floor shop listings" for ground-floor shop);
     * a company is looked for by its name without its legal form.
     */
    public java.util.Optional<Tag> offerMatching(Contact contact) {
        List<String> wanted = offered();
        for (Tag tag : contact.offers()) {
            if (WordMatch.allFound(wanted, WordMatch.words(tag.value()))) {
                return java.util.Optional.of(tag);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Whether the contact offers exactly this ("packaging" for the topic packaging): what they say they
     * give is what you need, stronger evidence than a word found in a longer role or offer.
     */
    public boolean isOfferedAsIsBy(Contact contact) {
        List<String> wanted = WordMatch.words(value);
        for (Tag tag : contact.offers()) {
            List<String> offered = WordMatch.words(tag.value());
            if (WordMatch.allFound(wanted, offered) && WordMatch.allFound(offered, wanted)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return kind.label() + ": " + value;
    }
}

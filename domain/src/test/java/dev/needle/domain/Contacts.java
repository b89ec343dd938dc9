package dev.needle.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/** Test-data builder for contacts: only what a test cares about is spelled out. */
public final class Contacts {
    private static final AtomicLong NEXT_ID = new AtomicLong(1000);

    private Contacts() {
    }

    public static Builder contact(String name) {
        return new Builder(name);
    }

    public static Set<Tag> tags(String... values) {
        return Arrays.stream(values).map(Tag::of).collect(Collectors.toSet());
    }

    /** Fluent builder; {@link #build()} goes through the real constructor and its checks. */
    public static final class Builder {
        private long id = NEXT_ID.incrementAndGet();
        private final String name;
        private String company = "";
        private String role = "";
        private Set<Tag> offers = Set.of();
        private Set<Tag> lookingFor = Set.of();
        private Rapport rapport = Rapport.UNRATED;
        private Stage stage = Stage.MET;
        private Optional<LocalDate> followUp = Optional.empty();
        private Optional<Closure> closure = Optional.empty();

        private Builder(String name) {
            this.name = name;
        }

        public Builder id(long value) { id = value; return this; }
        public Builder at(String value) { company = value; return this; }
        public Builder as(String value) { role = value; return this; }
        public Builder offering(String... values) { offers = tags(values); return this; }
        public Builder lookingFor(String... values) { lookingFor = tags(values); return this; }
        public Builder rapport(int score) { rapport = Rapport.of(score); return this; }
        public Builder stage(Stage value) { stage = value; return this; }
        public Builder followUp(LocalDate date) { followUp = Optional.of(date); return this; }

        /** Closed kindly, keeping any follow-up date so tests can prove closed contacts are skipped anyway. */
        public Builder closed() {
            stage = Stage.CLOSED_KINDLY;
            closure = Optional.of(new Closure(LocalDate.of(2024, 1, 2), "It was nice to meet you."));
            return this;
        }

        public Contact build() {
            return new Contact(new ContactId(id), name, company, role, Reach.NONE, Origin.UNKNOWN, offers, lookingFor,
                    rapport, stage, followUp, "", closure, 0);
        }
    }
}

package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The needs a person serves, worked out once per company, role and tag, are those each need's targets give. */
class NeedsServedTest {
    private static final List<String> WORDS = List.of("Acme", "Acme GmbH", "market research", "researcher", "UX",
            "UX designer", "design", "Founder", "co-founder", "Sonae SGPS", "Sonae", "packaging", "pastry chef", "");

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.of(WORDS);
    }

    @Property(tries = 200)
    void servesWhatTheTargetsOfEachNeedMatch(@ForAll @Size(max = 12) List<@From("words") String> companies,
                                             @ForAll @Size(max = 12) List<@From("words") String> roles,
                                             @ForAll @Size(max = 12) List<@From("words") String> offered,
                                             @ForAll @Size(max = 9) List<@From("words") String> targets) {
        List<Need> needs = new ArrayList<>();
        for (int i = 0; i + 1 < targets.size(); i += 2) {
            List<Target> aimed = new ArrayList<>();
            for (String value : List.of(targets.get(i), targets.get(i + 1))) {
                if (!value.isBlank()) {
                    aimed.add(new Target(TargetKind.values()[(i + value.length()) % 3], value));
                }
            }
            needs.add(Need.open(new NeedId(i + 1), "Need " + i, NeedKind.INTRODUCTION, aimed, i + 1));
        }
        NeedsServed served = new NeedsServed(needs);

        for (int i = 0; i < Math.min(companies.size(), roles.size()); i++) {
            Set<Tag> tags = new HashSet<>();
            offered.stream().skip(i).limit(2).filter(t -> !t.isBlank()).forEach(t -> tags.add(Tag.of(t)));
            Contact person = Contact.capture(new ContactId(i + 1), "Person " + i).edit().company(companies.get(i))
                    .role(roles.get(i)).offers(tags).build();

            assertThat(served.by(person)).as("%s", person)
                    .isEqualTo(needs.stream().filter(n -> !n.targetsMatchedBy(person).isEmpty()).toList());
        }
    }
}

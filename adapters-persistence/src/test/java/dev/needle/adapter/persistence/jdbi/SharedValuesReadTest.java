package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.application.port.out.contract.Stores;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Event;
import dev.needle.domain.EventId;
import dev.needle.domain.Origin;
import dev.needle.domain.Rapport;
import dev.needle.domain.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A whole address book read into memory holds what people have in common once: the same tag set, the
 * same meeting at an event, the same follow-up day and rapport are one object, not one per person.
 */
class SharedValuesReadTest {
    @RegisterExtension
    static final FreshH2Databases DATABASES = new FreshH2Databases();

    @Test
    void peopleWithTheSameTagsEventDayAndRapportShareThemWhenReadBack() {
        Stores db = DATABASES.fresh();
        LocalDate day = LocalDate.of(2026, 3, 4);
        Event mixer = db.events().save(Event.plan(new EventId(db.ids().next()), "Spring Mixer", day, "Oslo"));
        for (String name : List.of("Ada Lovelace", "Grace Hopper")) {
            db.contacts().save(Contact.capture(new ContactId(db.ids().next()), name).edit()
                    .offers(Set.of(Tag.of("ux design"), Tag.of("python"))).lookingFor(Set.of(Tag.of("python")))
                    .origin(Origin.atEvent(mixer.id(), day)).nextFollowUp(Optional.of(day.plusDays(7)))
                    .rapport(Rapport.of(4)).build());
        }

        List<Contact> read = db.contacts().findAll();

        Contact ada = read.get(0);
        Contact grace = read.get(1);
        assertThat(grace.offers()).isEqualTo(ada.offers()).isSameAs(ada.offers());
        assertThat(grace.lookingFor().iterator().next()).isSameAs(
                ada.offers().stream().filter(tag -> tag.value().equals("python")).findFirst().orElseThrow());
        assertThat(grace.origin()).isEqualTo(ada.origin()).isSameAs(ada.origin());
        assertThat(grace.nextFollowUp()).isSameAs(ada.nextFollowUp());
        assertThat(grace.rapport()).isSameAs(ada.rapport());
        assertThat(grace.nameParts()).isSameAs(ada.nameParts());
    }
}

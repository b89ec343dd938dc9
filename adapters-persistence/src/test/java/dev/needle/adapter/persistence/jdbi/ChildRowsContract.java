package dev.needle.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.EditConflictException;
import dev.needle.application.port.out.contract.Stores;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import dev.needle.domain.NeedKind;
import dev.needle.domain.Reach;
import dev.needle.domain.Tag;
import dev.needle.domain.Target;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SQL stores keep lists and sets in child rows; these tests make sure those rows move with their
 * owner row: replaced on save, left alone when the save is refused or its transaction fails.
 */
abstract class ChildRowsContract {
    private Stores db;

    protected abstract Stores stores();

    @BeforeEach
    void open() {
        db = stores();
    }

    private Contact savedContactWithChildren() {
        Contact contact = Contact.capture(new ContactId(db.ids().next()), "Ada Lovelace").edit()
                .reach(new Reach(List.of("ada@example.org", "ADA@work.example"), List.of("+44 20 1234"), List.of("https://a.example/?x=1,2;3")))
                .offers(Set.of(Tag.of("analytical engines"), Tag.of("poetry")))
                .lookingFor(Set.of(Tag.of("funding")))
                .build();
        return db.contacts().save(contact);
    }

    @Test
    void aSaveReplacesEveryChildRow() {
        Contact saved = savedContactWithChildren();
        Contact edited = saved.edit().reach(Reach.email("new@example.org")).offers(Set.of(Tag.of("mathematics")))
                .lookingFor(Set.of()).build();

        Contact stored = db.contacts().save(edited);

        assertThat(db.contacts().find(saved.id())).contains(stored);
        assertThat(stored.reach().phones()).isEmpty();
        assertThat(stored.offers()).containsExactly(Tag.of("mathematics"));
    }

    @Test
    void aRefusedSaveLeavesTheChildRowsAsTheyWere() {
        Contact saved = savedContactWithChildren();
        db.contacts().save(saved.edit().notes("edited in session B").build());

        assertThatThrownBy(() -> db.contacts().save(saved.edit().offers(Set.of()).reach(Reach.NONE).build()))
                .isInstanceOf(EditConflictException.class);

        Contact stored = db.contacts().find(saved.id()).orElseThrow();
        assertThat(stored.offers()).isEqualTo(saved.offers());
        assertThat(stored.reach()).isEqualTo(saved.reach());
    }

    @Test
    void aFailedTransactionKeepsTheOldChildRows() {
        Contact saved = savedContactWithChildren();
        Need need = db.needs().save(Need.open(new NeedId(db.ids().next()), "Meet investors", NeedKind.INTRODUCTION,
                List.of(Target.company("Babbage & Co"), Target.role("investor")), 1));

        assertThatThrownBy(() -> db.transactions().run(() -> {
            db.contacts().save(saved.edit().offers(Set.of()).reach(Reach.NONE).build());
            db.needs().save(need.withDetails(need.title(), need.kind(), List.of(Target.topic("steam")), ""));
            throw new IllegalStateException("fails after both saves");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(db.contacts().find(saved.id())).contains(saved);
        assertThat(db.needs().find(need.id())).contains(need);
    }
}

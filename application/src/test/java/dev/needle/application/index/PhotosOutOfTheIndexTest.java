package dev.needle.application.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.application.service.fake.FakeContactStore;
import dev.needle.application.service.fake.WatchedThreads;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.Reach;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One card in twelve carries a phone photo of a few kilobytes among its foreign fields. Reading
 * everyone for the index must not hold every photo at once (at 100k contacts that overflowed the full
 * screen's heap), yet the photo stays with the contact: opened, edited, exported or merged, it is the
 * store's whole contact that travels, byte for byte.
 */
class PhotosOutOfTheIndexTest {
    private static final String PHOTO = "PHOTO;ENCODING=b;TYPE=JPEG:" + base64Photo(6_000);
    private final FakeContactStore database = new FakeContactStore();
    private final IndexedContactStore contacts = new IndexedContactStore(database, new WatchedThreads());

    private Contact seedGrace() {
        return database.save(Contact.capture(new ContactId(1), "Grace Hopper").edit().company("US Navy")
                .reach(new Reach(List.of("grace@navy.example"), List.of("+1 555 0100"), List.of()))
                .notes("Found the first actual bug in the Mark II")
                .foreignFields(List.of("X-ABLABEL:work", PHOTO, "NICKNAME:Amazing Grace", "BDAY:1906-12-09")).build());
    }

    @Test
    void theReadOfEveryoneHandsTheIndexWhatItSearchesButNoPhoto() {
        seedGrace();

        List<Contact> read = new FullRead(database, new CatchUp(database), new HandedOut()).everyone();

        assertThat(read).singleElement().satisfies(grace -> {
            assertThat(grace.foreignFields()).containsExactly("NICKNAME:Amazing Grace");
            assertThat(grace.notes()).isEqualTo("Found the first actual bug in the Mark II");
        });
    }

    @Test
    void whatTheReadHandsTheIndexCanNeverBeSavedOverTheWholeContact() {
        Contact grace = seedGrace();
        Contact read = new FullRead(database, new CatchUp(database), new HandedOut()).everyone().get(0);

        assertThatThrownBy(() -> contacts.save(read.edit().company("Navy").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Grace Hopper");

        assertThat(database.find(grace.id())).contains(grace);
    }

    @Test
    void aPersonWithAPhotoIsStillFoundByNicknameNotesAndEmail() {
        Contact grace = seedGrace();

        assertThat(contacts.search("amazing", 10)).extracting(Contact::id).containsExactly(grace.id());
        assertThat(contacts.search("mark ii", 10)).extracting(Contact::id).containsExactly(grace.id());
        assertThat(contacts.search("grace@navy", 10)).extracting(Contact::id).containsExactly(grace.id());
    }

    @Test
    void aPersonFoundInTheListAndEditedKeepsThePhotoByteForByte() {
        Contact grace = seedGrace();
        ContactId found = contacts.search("amazing", 10).get(0).id();

        Contact opened = contacts.find(found).orElseThrow();
        contacts.save(opened.edit().role("Rear Admiral").build());

        Contact stored = database.find(grace.id()).orElseThrow();
        assertThat(stored.role()).isEqualTo("Rear Admiral");
        assertThat(stored.foreignFields()).isEqualTo(grace.foreignFields());
        assertThat(stored.foreignFields().get(1)).isEqualTo(PHOTO);
    }

    @Test
    void everyReadThatExportsSyncsOrMergesGetsThePhotoAfterTheIndexHasReadEveryone() {
        Contact grace = seedGrace();
        contacts.search("", 10);

        assertThat(contacts.findAll()).singleElement().isEqualTo(grace);
        assertThat(contacts.findAfter(Optional.empty(), 10)).singleElement().isEqualTo(grace);
        assertThat(contacts.findByIds(List.of(grace.id()))).singleElement().isEqualTo(grace);
        assertThat(contacts.lookup(List.of(grace.id())).apply(grace.id())).contains(grace);

        Contact sameWoman = Contact.capture(new ContactId(2), "Grace Hopper").edit()
                .foreignFields(List.of("X-SOCIAL:@grace")).build();
        Contact merged = contacts.find(grace.id()).orElseThrow().absorb(sameWoman).merged();
        assertThat(merged.foreignFields()).contains(PHOTO, "X-SOCIAL:@grace");
    }

    private static String base64Photo(int bytes) {
        byte[] jpeg = new byte[bytes];
        new Random(7).nextBytes(jpeg);
        return Base64.getEncoder().encodeToString(jpeg);
    }
}

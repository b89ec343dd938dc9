package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A new contact's UID: a standard UUID that sorts after the ones made before it. */
class NewUidTest {

    @Test
    void aNewUidIsAVersion7UuidThatSortsAfterAnEarlierOne() {
        String earlier = Contact.newUid();
        String later = Contact.newUid();
        while (millis(later) == millis(earlier)) {
            later = Contact.newUid();
        }

        assertThat(UUID.fromString(later).version()).isEqualTo(7);
        assertThat(UUID.fromString(later).variant()).isEqualTo(2);
        assertThat(later).isGreaterThan(earlier).isNotEqualTo(Contact.newUid());
    }

    @Test
    void manyUidsMadeInTheSameMillisecondsAreAllDifferentVersion7Uuids() {
        Set<String> made = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            made.add(Contact.newUid());
        }

        assertThat(made).hasSize(100_000).allSatisfy(uid -> {
            assertThat(UUID.fromString(uid).version()).isEqualTo(7);
            assertThat(UUID.fromString(uid).variant()).isEqualTo(2);
            assertThat(UUID.fromString(uid).toString()).isEqualTo(uid);
        });
    }

    private static long millis(String uid) {
        return UUID.fromString(uid).getMostSignificantBits() >>> 16;
    }
}

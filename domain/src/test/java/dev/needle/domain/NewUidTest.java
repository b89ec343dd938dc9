package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static long millis(String uid) {
        return UUID.fromString(uid).getMostSignificantBits() >>> 16;
    }
}

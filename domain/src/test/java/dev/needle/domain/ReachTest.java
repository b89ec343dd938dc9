package dev.needle.domain;

import static dev.needle.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReachTest {

    @ParameterizedTest
    @ValueSource(strings = {"dana", "@example.com", "dana@", "dana whitfield@example.com"})
    void refusesWhatIsNotAnEmailAddress(String email) {
        assertRefused(() -> Reach.email(email), "email", "\"" + email + "\" is not an email address.");
    }

    @Test
    void keepsTheEmailAsTypedButFindsItWithoutCase() {
        Reach reach = Reach.email(" Dana@Example.com ");
        assertThat(reach.emails()).containsExactly("Dana@Example.com");
        assertThat(reach.hasEmail("dana@example.COM")).isTrue();
    }

    @Test
    void dropsBlankAndRepeatedEntries() {
        Reach reach = new Reach(List.of("a@b.c", "a@b.c"), List.of(" ", "+1 555 0100"), List.of());
        assertThat(reach.emails()).containsExactly("a@b.c");
        assertThat(reach.phones()).containsExactly("+1 555 0100");
    }
}

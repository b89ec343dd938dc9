package dev.needle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts a value was refused the way a form shows it: the field it belongs to and a message to act on. */
public final class Refusals {
    private Refusals() {
    }

    public static void assertRefused(ThrowingCallable construction, String field, String messagePart) {
        assertThatThrownBy(construction).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).as("field").isEqualTo(field);
            assertThat(e.getMessage()).as("message").contains(messagePart);
        });
    }
}

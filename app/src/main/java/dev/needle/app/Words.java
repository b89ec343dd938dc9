package dev.needle.app;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An enumerated value as users write it: the lowercase, hyphenated word the YAML and JSON use
 * ({@code in-person}), taken in any case, with {@code _} or a space for the hyphen. As an iterable it
 * lists those words, so help and completion show the same spelling the parser takes.
 */
abstract class Words<E extends Enum<E>> implements ITypeConverter<E>, Iterable<String> {
    private final Class<E> type;

    Words(Class<E> type) {
        this.type = type;
    }

    static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public E convert(String given) {
        String wanted = given.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Arrays.stream(type.getEnumConstants()).filter(e -> word(e).equals(wanted)).findFirst()
                .orElseThrow(() -> new TypeConversionException("'" + given + "' is not one of "
                        + String.join(", ", this)));
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(type.getEnumConstants()).map(Words::word).collect(Collectors.toList()).iterator();
    }

    /** The formats of a meeting: in-person, coffee, call, video, email, message. */
    static final class Channels extends Words<dev.needle.domain.Channel> {
        Channels() {
            super(dev.needle.domain.Channel.class);
        }
    }

    /** Who asked: them or me. */
    static final class Initiators extends Words<dev.needle.domain.Initiator> {
        Initiators() {
            super(dev.needle.domain.Initiator.class);
        }
    }
}

package dev.needle.adapter.interchange.yaml;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.needle.domain.Channel;
import dev.needle.domain.DirectionKind;
import dev.needle.domain.ExpenseKind;
import dev.needle.domain.Initiator;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.Money;
import dev.needle.domain.NeedKind;
import dev.needle.domain.NeedStatus;
import dev.needle.domain.Rapport;
import dev.needle.domain.RequestStatus;
import dev.needle.domain.Stage;
import dev.needle.domain.Tag;
import dev.needle.domain.TimeInput;
import dev.needle.domain.Target;
import dev.needle.domain.TargetKind;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the domain's small values are written in Needle's YAML: money as a quoted decimal, dates as
 * 2026-03-18, enums as lower-case words joined by hyphens, a need target as {@code company: X}. A
 * value the domain refuses is reported at the line where it was written.
 */
final class DomainValues {
    private DomainValues() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("needle-domain-values");
        text(module, Money.class, Money::parse, Money::toString);
        text(module, Tag.class, Tag::of, Tag::value);
        text(module, LocalDate.class, DomainValues::date, LocalDate::toString);
        text(module, LocalDateTime.class, DomainValues::dateTime, LocalDateTime::toString);
        text(module, LocalTime.class, DomainValues::time, LocalTime::toString);
        module.addDeserializer(Rapport.class, new JsonDeserializer<>() {
            @Override
            public Rapport deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                    throw YamlRefusal.here(p, "rapport is a whole number from 0 (not rated) to 5");
                }
                int score = p.getIntValue();
                return refusedHere(p, () -> Rapport.of(score));
            }
        });
        module.addSerializer(Rapport.class, new JsonSerializer<>() {
            @Override
            public void serialize(Rapport value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeNumber(value.score());
            }
        });
        module.addDeserializer(Target.class, new TargetDeserializer());
        module.addSerializer(Target.class, new JsonSerializer<>() {
            @Override
            public void serialize(Target value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeStartObject();
                gen.writeStringField(value.kind().label(), value.value());
                gen.writeEndObject();
            }
        });
        words(module, DirectionKind.class);
        words(module, NeedKind.class);
        words(module, NeedStatus.class);
        words(module, Stage.class);
        words(module, Channel.class);
        words(module, Initiator.class);
        words(module, RequestStatus.class);
        words(module, ExpenseKind.class);
        return module;
    }

    /** The spelling of an enum constant in YAML: {@code JOB_SEARCH} is {@code job-search}. */
    static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> void words(SimpleModule module, Class<E> type) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(DomainValues::word).collect(Collectors.joining(", "));
        text(module, type, text -> {
            String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            throw new InvalidValueException("value", "\"" + text + "\" is not one of: " + allowed);
        }, DomainValues::word);
    }

    private static <T> void text(SimpleModule module, Class<T> type, Function<String, T> parse,
                                 Function<T, String> format) {
        module.addDeserializer(type, new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (!p.currentToken().isScalarValue()) {
                    throw YamlRefusal.here(p, "expected a single value here, not a list or a mapping");
                }
                String text = p.getText();
                return refusedHere(p, () -> parse.apply(text));
            }
        });
        module.addSerializer(type, new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(format.apply(value));
            }
        });
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("date", "\"" + text + "\" is not a date; write it like 2026-03-18");
        }
    }

    private static LocalDateTime dateTime(String text) {
        try {
            return LocalDateTime.parse(text.strip().replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("date and time",
                    "\"" + text + "\" is not a date and time; write it like 2026-03-18T14:30");
        }
    }

    /**
     * A time of day as the event form reads it ("8:30", "8.30", "8:30am", "19h"), so a file edited by hand
     * takes what the screen takes; an ISO time with seconds, as another program may write it, too. The text is
     * the one written: YAML 1.1 reads an unquoted 8:30 as the number 510, but the parser keeps its text.
     */
    private static LocalTime time(String text) {
        return TimeInput.parse(text).orElseGet(() -> {
            try {
                return LocalTime.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidValueException("time", "\"" + text + "\" is not a time of day; " + TimeInput.HELP);
            }
        });
    }

    interface Build<T> {
        T get();
    }

    /** Runs a domain constructor, turning its refusal into an error at the parser's current place. */
    static <T> T refusedHere(JsonParser p, Build<T> build) throws YamlRefusal {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            throw YamlRefusal.here(p, e.getMessage());
        }
    }

    /** {@code company: X}, {@code role: Y} or {@code topic: Z}: one key naming the kind. */
    private static final class TargetDeserializer extends JsonDeserializer<Target> {
        private static final String SHAPE = "a target is one line like `company: Acme`, `role: designer` or `topic: research`";

        @Override
        public Target deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME) {
                throw YamlRefusal.here(p, SHAPE);
            }
            String key = p.currentName();
            TargetKind kind = Arrays.stream(TargetKind.values()).filter(k -> k.label().equals(key)).findFirst()
                    .orElseThrow(() -> YamlRefusal.here(p, "unknown target kind '" + key + "'; " + SHAPE));
            if (!p.nextToken().isScalarValue()) {
                throw YamlRefusal.here(p, SHAPE);
            }
            String value = p.getText();
            Target target = refusedHere(p, () -> new Target(kind, value));
            if (p.nextToken() != JsonToken.END_OBJECT) {
                throw YamlRefusal.here(p, SHAPE + "; write each target on its own line");
            }
            return target;
        }
    }
}

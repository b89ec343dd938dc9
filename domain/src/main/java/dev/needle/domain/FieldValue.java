package dev.needle.domain;

import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/** One field of a record and a value it holds: what a conflict or an undo says changed meanwhile. */
public record FieldValue(String field, Object value) {
    public FieldValue {
        Check.notNull("field", field);
    }

    /** The value as a person reads it: empty as "(empty)", lists joined by commas in alphabetical order. */
    public String shown() {
        return shown(value);
    }

    private static String shown(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(FieldValue::shown).orElse("(empty)");
        }
        if (value instanceof Collection<?> many) {
            return many.isEmpty() ? "(empty)" : many.stream().map(FieldValue::shown).sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.joining(", "));
        }
        if (value instanceof Tag tag) {
            return tag.value();
        }
        if (value instanceof PersonName name) {
            return name.isEmpty() ? "(empty)" : name.spoken();
        }
        if (value instanceof ReachLabels labels) {
            return labels.isEmpty() ? "(empty)" : labels.byAddress().entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue().describe() + ")").sorted()
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof Stage stage) {
            return stage.label();
        }
        if (value instanceof RequestStatus status) {
            return status.label();
        }
        if (value instanceof NeedStatus status) {
            return status.label();
        }
        if (value instanceof NeedKind kind) {
            return kind.label();
        }
        if (value instanceof Channel channel) {
            return channel.label();
        }
        if (value instanceof Rapport rapport) {
            return Integer.toString(rapport.score());
        }
        if (value instanceof ContactId id) {
            return "contact " + id.value();
        }
        String text = String.valueOf(value);
        return text.isEmpty() ? "(empty)" : text;
    }
}

package dev.needle.adapter.interchange.vcard;

import ezvcard.VCardVersion;
import ezvcard.io.scribe.RevisionScribe;
import ezvcard.io.text.WriteContext;
import ezvcard.property.Revision;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * REV written as ez-vcard writes it, with each of its few date patterns made into a formatter once:
 * ez-vcard makes one for every value, and REV, kept as a foreign field, is on eight cards in ten of a
 * phone's export (a fifth of writing a 10 000-card file's foreign fields, docs/performance.md). The
 * patterns are ez-vcard's own ({@code VCardDateFormat}): basic in 4.0, extended in 3.0. Used on one
 * thread only.
 */
final class RevisionText extends RevisionScribe {
    private final Map<String, DateTimeFormatter> formatters = new HashMap<>();

    @Override
    protected String _writeText(Revision property, WriteContext context) {
        return text(property.getValue(), context.getVersion() == VCardVersion.V3_0);
    }

    /** The value as ez-vcard writes it in 4.0 ({@code extended} false) or 3.0; empty for none. */
    String text(Temporal value, boolean extended) {
        if (value == null) {
            return "";
        }
        DateTimeFormatter formatter = formatters.computeIfAbsent(pattern(value, extended),
                pattern -> DateTimeFormatter.ofPattern(pattern, Locale.ROOT));
        TemporalAccessor shown = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
        return formatter.format(shown);
    }

    private static String pattern(TemporalAccessor value, boolean extended) {
        if (value instanceof ZoneOffset) {
            return extended ? "xxx" : "xx";
        }
        if (value instanceof Instant) {
            return extended ? "yyyy-MM-dd'T'HH:mm:ssX" : "yyyyMMdd'T'HHmmssX";
        }
        if (value.isSupported(ChronoField.OFFSET_SECONDS)) {
            return extended ? "yyyy-MM-dd'T'HH:mm:ssxxx" : "yyyyMMdd'T'HHmmssxx";
        }
        if (value.isSupported(ChronoField.HOUR_OF_DAY)) {
            return extended ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyyMMdd'T'HHmmss";
        }
        return extended ? "yyyy-MM-dd" : "yyyyMMdd";
    }
}

package dev.needle.adapter.interchange.csv;

import ezvcard.parameter.AddressType;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Nickname;
import ezvcard.util.PartialDate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vCard properties a contacts CSV has columns for and Needle no field of its own: a nickname, a
 * birthday, an address. Each reader names its columns; the properties are made here alike.
 */
public final class CsvExtras {
    private static final Pattern YEARLESS = Pattern.compile("--(\\d\\d)-?(\\d\\d)");
    /** Outlook writes the day as its US locale does, and 0/0/00 for none. */
    private static final DateTimeFormatter US_DAY = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US);

    private CsvExtras() {
    }

    public static Optional<Nickname> nickname(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Nickname n = new Nickname();
        n.getValues().add(value);
        return Optional.of(n);
    }

    /** "1988-03-14", "3/14/1988", "--05-21" (no year), or as written when it is none of them; none for "0/0/00". */
    public static Optional<Birthday> birthday(String text) {
        String value = text.strip();
        if (value.isEmpty() || value.matches("0+/0+/0+")) {
            return Optional.empty();
        }
        Matcher yearless = YEARLESS.matcher(value);
        if (yearless.matches()) {
            return Optional.of(new Birthday(PartialDate.builder().month(Integer.parseInt(yearless.group(1)))
                    .date(Integer.parseInt(yearless.group(2))).build()));
        }
        for (DateTimeFormatter form : List.of(DateTimeFormatter.ISO_LOCAL_DATE, US_DAY)) {
            try {
                return Optional.of(new Birthday(LocalDate.parse(value, form)));
            } catch (DateTimeParseException notThisForm) {
                // the next form, or the text as written
            }
        }
        return Optional.of(new Birthday(value));
    }

    /**
     * An address from its parts (street, city, region, postal code, country, in that order; blank ones
     * left out) with its formatted text as its label; with no parts, the formatted text is its street.
     * {@code kind} is "home" or "work" when the file says so.
     */
    public static Optional<Address> address(String kind, String formatted, String... parts) {
        String[] p = Arrays.copyOf(Arrays.stream(parts).map(v -> v == null || v.isBlank() ? null : v.strip())
                .toArray(String[]::new), 5);
        String label = formatted == null ? "" : formatted.strip();
        boolean hasParts = Arrays.stream(p).anyMatch(v -> v != null);
        if (!hasParts && label.isEmpty()) {
            return Optional.empty();
        }
        Address a = new Address();
        a.setStreetAddress(hasParts ? p[0] : label);
        a.setLocality(p[1]);
        a.setRegion(p[2]);
        a.setPostalCode(p[3]);
        a.setCountry(p[4]);
        if (!label.isEmpty()) {
            a.setLabel(label);
        }
        String type = kind == null ? "" : kind.replace("*", "").strip().toLowerCase(Locale.ROOT);
        if (type.equals("home") || type.equals("work")) {
            a.getTypes().add(AddressType.get(type));
        }
        return Optional.of(a);
    }
}

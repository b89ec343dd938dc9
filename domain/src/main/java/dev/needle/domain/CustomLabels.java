package dev.needle.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The labels of the user's own that an address book gave a number or an address (an iPhone's "Studio"),
 * as an import keeps them among the contact's other programs' fields: the address's group
 * ({@code item1.X-NEEDLE-GROUP:TEL:+351 …}) and the label of that group ({@code item1.X-ABLabel:Studio}).
 * Apple's own labels come wrapped ({@code _$!<Mobile>!$_}) and are given bare.
 */
public final class CustomLabels {
    private static final String GROUP = "X-NEEDLE-GROUP";
    private static final String LABEL = "X-ABLABEL";
    private final Map<String, String> byAddress;

    private CustomLabels(Map<String, String> byAddress) {
        this.byAddress = byAddress;
    }

    public static CustomLabels of(Contact contact) {
        Map<String, String> groupOf = new HashMap<>();
        Map<String, String> labelOf = new HashMap<>();
        for (String field : contact.foreignFields()) {
            int colon = field.indexOf(':');
            int dot = field.indexOf('.');
            if (colon < 0 || dot < 1 || dot > colon) {
                continue;
            }
            String group = field.substring(0, dot).toLowerCase(Locale.ROOT);
            String property = field.substring(dot + 1, colon).toUpperCase(Locale.ROOT);
            String value = field.substring(colon + 1);
            if (property.equals(GROUP)) {
                groupOf.putIfAbsent(value.strip(), group);
            } else if (property.equals(LABEL) || property.startsWith(LABEL + ";")) {
                labelOf.putIfAbsent(group, bare(value));
            }
        }
        Map<String, String> byAddress = new HashMap<>();
        groupOf.forEach((address, group) -> {
            String label = labelOf.get(group);
            if (label != null && !label.isEmpty()) {
                byAddress.put(address, label);
            }
        });
        return new CustomLabels(byAddress);
    }

    /** The label of the phone number {@code phone}, if its address book gave it one. */
    public Optional<String> ofPhone(String phone) {
        return Optional.ofNullable(byAddress.get("TEL:" + phone.strip()));
    }

    /** The label of the email address {@code email}, if its address book gave it one. */
    public Optional<String> ofEmail(String email) {
        return Optional.ofNullable(byAddress.get("EMAIL:" + email.strip()));
    }

    /** The text of a label: unescaped, on one line, Apple's wrapping of its own labels taken off. */
    private static String bare(String value) {
        String text = value.replace("\\n", " ").replace("\\N", " ").replace("\\,", ",").replace("\\;", ";")
                .replace("\\\\", "\\").strip();
        if (text.startsWith("_$!<") && text.endsWith(">!$_")) {
            text = text.substring(4, text.length() - 4);
        }
        return Check.collapseWhitespace(text.strip());
    }
}

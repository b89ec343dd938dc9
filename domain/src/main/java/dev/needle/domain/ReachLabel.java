package dev.needle.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an address book says about one phone number or email address: its kinds ("home", "fax",
 * "cell") and its preference (1 is most preferred, 0 when none was given).
 */
public record ReachLabel(List<String> types, int preference) {
    public static final ReachLabel NONE = new ReachLabel(List.of(), 0);

    public ReachLabel {
        Set<String> kept = new LinkedHashSet<>();
        for (String type : Check.list("types", types)) {
            // Kinds are vCard tokens: letters, digits and dashes; anything else is not a kind.
            String token = type.strip().toLowerCase(Locale.ROOT);
            if (isToken(token) && !token.equals("pref")) {
                kept.add(token);
            }
        }
        types = List.copyOf(kept);
        preference = Check.range("preference", preference, 0, 100);
    }

    /** One to forty letters a-z, digits or dashes; checked by hand, as a regular expression per label cost an import more. */
    private static boolean isToken(String text) {
        if (text.isEmpty() || text.length() > 40) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    public boolean isEmpty() {
        return types.isEmpty() && preference == 0;
    }

    /** "home, fax, preferred": how a screen shows it, or "" when there is nothing to say. */
    public String describe() {
        StringBuilder text = new StringBuilder(String.join(", ", types));
        if (preference > 0) {
            text.append(text.isEmpty() ? "" : ", ").append(preference == 1 ? "preferred" : "preference " + preference);
        }
        return text.toString();
    }
}

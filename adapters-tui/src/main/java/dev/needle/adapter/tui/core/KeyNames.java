package dev.needle.adapter.tui.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the keys of a {@link Binding} from the way the help writes them, so the words a user reads
 * are the keys that work: entries separated by spaces or slashes ("Enter/p", "j/k ↑/↓"), a lone
 * "/" for the slash key, "1–6" for a range of digits, "Ctrl-X" for a control key.
 */
public final class KeyNames {
    private static final Map<String, Key.Type> NAMED = Map.ofEntries(Map.entry("Enter", Key.Type.ENTER),
            Map.entry("Esc", Key.Type.ESCAPE), Map.entry("Tab", Key.Type.TAB), Map.entry("Shift-Tab", Key.Type.BACK_TAB),
            Map.entry("↑", Key.Type.UP), Map.entry("↓", Key.Type.DOWN), Map.entry("←", Key.Type.LEFT),
            Map.entry("→", Key.Type.RIGHT), Map.entry("PgUp", Key.Type.PAGE_UP), Map.entry("PgDn", Key.Type.PAGE_DOWN),
            Map.entry("Home", Key.Type.HOME), Map.entry("End", Key.Type.END), Map.entry("Backspace", Key.Type.BACKSPACE),
            Map.entry("Del", Key.Type.DELETE), Map.entry("F1", Key.Type.F1));

    private KeyNames() {
    }

    public static List<Key> parse(String keys) {
        List<Key> parsed = new ArrayList<>();
        for (String word : keys.strip().split(" +")) {
            if (word.equals("/")) {
                parsed.add(Key.ch('/'));
                continue;
            }
            for (String name : word.split("/")) {
                parsed.addAll(one(name, keys));
            }
        }
        return parsed;
    }

    private static List<Key> one(String name, String all) {
        if (NAMED.containsKey(name)) {
            return List.of(Key.of(NAMED.get(name)));
        }
        if (name.equals("Space")) {
            return List.of(Key.ch(' '));
        }
        if (name.startsWith("Ctrl-") && NAMED.containsKey(name.substring(5))) {
            return List.of(Key.ctrl(NAMED.get(name.substring(5))));
        }
        if (name.startsWith("Ctrl-") && name.length() == 6) {
            return List.of(Key.ctrl(name.charAt(5)));
        }
        if (name.length() == 3 && name.charAt(1) == '–' && Character.isDigit(name.charAt(0))) {
            List<Key> digits = new ArrayList<>();
            for (char c = name.charAt(0); c <= name.charAt(2); c++) {
                digits.add(Key.ch(c));
            }
            return digits;
        }
        if (name.length() == 1) {
            return List.of(Key.ch(name.charAt(0)));
        }
        throw new IllegalArgumentException("No key is called \"" + name + "\" (in \"" + all + "\").");
    }
}

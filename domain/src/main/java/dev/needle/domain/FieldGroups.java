package dev.needle.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Foreign fields that belong together: a card's lines may share a group ({@code item1.TEL} and
 * {@code item1.X-ABLabel:Mobile-Work}), which ties a label to its value, and every card numbers its
 * groups from {@code item1}. Two records of one person united keep each group whole: an incoming group
 * the known record already holds (the same lines, under any name) adds nothing, and one whose name is
 * taken is renamed to the first free {@code itemN}, so no label moves to another value.
 */
final class FieldGroups {
    private FieldGroups() {
    }

    /** The known lines in their order, then the incoming ones not already there, their groups renamed as needed. */
    static List<String> united(List<String> known, List<String> incoming) {
        Map<String, Set<String>> knownGroups = grouped(known);
        Map<String, Set<String>> incomingGroups = grouped(incoming);
        Map<String, String> renamed = new HashMap<>();
        if (!incomingGroups.isEmpty()) {
            Set<String> taken = new HashSet<>(knownGroups.keySet());
            taken.addAll(incomingGroups.keySet());
            Set<String> given = new HashSet<>(knownGroups.keySet());
            incomingGroups.forEach((group, lines) -> {
                String name = heldAs(group, lines, knownGroups);
                if (name == null) {
                    name = given.contains(group) ? free(taken) : group;
                    taken.add(name);
                    given.add(name);
                }
                renamed.put(group, name);
            });
        }
        Map<String, String> written = writtenNames(known);
        Set<String> all = new LinkedHashSet<>(known);
        Set<String> meanings = new HashSet<>();
        known.forEach(line -> meanings.add(InlineData.meaning(line)));
        for (String line : incoming) {
            int dot = groupEnd(line);
            String group = dot < 0 ? null : key(line, dot);
            String name = group == null ? null : renamed.get(group);
            if (group == null && !meanings.add(InlineData.meaning(line))) {
                continue; // the same embedded data (a photo) in another vCard version's form
            }
            if (name == null || name.equals(group) && !written.containsKey(name)) {
                all.add(line);
            } else {
                all.add(written.getOrDefault(name, name) + line.substring(dot));
            }
        }
        return List.copyOf(all);
    }

    /** The known group holding every line of an incoming one: its own name first, then any other. */
    private static String heldAs(String group, Set<String> lines, Map<String, Set<String>> knownGroups) {
        Set<String> same = knownGroups.get(group);
        if (same != null && same.containsAll(lines)) {
            return group;
        }
        for (Map.Entry<String, Set<String>> other : knownGroups.entrySet()) {
            if (other.getValue().containsAll(lines)) {
                return other.getKey();
            }
        }
        return null;
    }

    private static String free(Set<String> taken) {
        int n = 1;
        while (taken.contains("item" + n)) {
            n++;
        }
        return "item" + n;
    }

    /** Each group (by its name in lower case: a group's name has no case) with its lines, the group's name taken off. */
    private static Map<String, Set<String>> grouped(List<String> lines) {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (String line : lines) {
            int dot = groupEnd(line);
            if (dot >= 0) {
                groups.computeIfAbsent(key(line, dot), g -> new HashSet<>()).add(line.substring(dot));
            }
        }
        return groups;
    }

    /** How each group's name is written among {@code lines} (ITEM1 or item1), by its lower-case key. */
    private static Map<String, String> writtenNames(List<String> lines) {
        Map<String, String> names = new HashMap<>();
        for (String line : lines) {
            int dot = groupEnd(line);
            if (dot >= 0) {
                names.putIfAbsent(key(line, dot), line.substring(0, dot));
            }
        }
        return names;
    }

    private static String key(String line, int dot) {
        return line.substring(0, dot).toLowerCase(Locale.ROOT);
    }

    /**
     * Where the group's name ends (at its dot), or -1 for a line without one: a group is letters, digits
     * and dashes before a dot in the property's name, which ends at the first semicolon or colon.
     */
    static int groupEnd(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '.') {
                return i > 0 ? i : -1;
            }
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '-')) {
                return -1;
            }
        }
        return -1;
    }
}

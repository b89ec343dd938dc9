package dev.needle.bench.data;

import java.util.List;
import java.util.Random;

/**
 * Given and family names in the scripts a real address book mixes: Latin with accents, Cyrillic,
 * Greek, CJK (no space between family and given name, as written), Arabic and Devanagari.
 */
final class Names {
    /** One writing system: its given names, family names, and whether the family name comes first. */
    private record Script(List<String> given, List<String> family, boolean familyFirst, String joiner) {
        String name(Random random) {
            String g = given.get(random.nextInt(given.size()));
            String f = family.get(random.nextInt(family.size()));
            return familyFirst ? f + joiner + g : g + joiner + f;
        }
    }

    private static final Script LATIN = new Script(
            List.of("José", "Zoë", "François", "Ana", "Björn", "Łukasz", "Søren", "Inês", "Mateo", "Chloé", "Dominik",
                    "Émile", "Hana", "Jürgen", "Nuño", "Oliver", "Priya", "Rosa", "Tomás", "Ümit", "Wanjiru", "Yusuf"),
            List.of("García", "Müller", "Núñez", "Okafor", "Dvořák", "Lefèvre", "Kowalczyk", "Ødegaard", "Silva",
                    "Haddad", "Novak", "Björklund", "Çelik", "Nguyễn", "Smith", "Berg", "O'Connor", "Da Costa"),
            false, " ");
    private static final Script CYRILLIC = new Script(
            List.of("Иван", "Ольга", "Дмитрий", "Анна", "Сергей", "Мария", "Алексей", "Татьяна"),
            List.of("Петров", "Смирнова", "Кузнецов", "Иванова", "Соколов", "Попова", "Лебедев"), false, " ");
    private static final Script GREEK = new Script(
            List.of("Γιώργος", "Ελένη", "Νίκος", "Μαρία", "Δημήτρης", "Κατερίνα"),
            List.of("Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Αθανασίου", "Νικολάου"), false, " ");
    private static final Script CJK = new Script(
            List.of("伟", "娜", "太郎", "花子", "민준", "서연", "静", "翔"),
            List.of("王", "李", "田中", "佐藤", "김", "박", "陈", "鈴木"), true, "");
    private static final Script ARABIC = new Script(
            List.of("محمد", "فاطمة", "أحمد", "ليلى", "يوسف", "مريم"),
            List.of("العلي", "حداد", "الخوري", "منصور", "السيد"), false, " ");
    private static final Script DEVANAGARI = new Script(
            List.of("अमित", "प्रिया", "राहुल", "सुनीता", "विकास", "अनीता"),
            List.of("शर्मा", "वर्मा", "गुप्ता", "पटेल", "सिंह"), false, " ");

    private Names() {
    }

    /** Mostly Latin (as in most users' books), every other script well represented. */
    static String person(Random random) {
        int roll = random.nextInt(100);
        Script script = roll < 55 ? LATIN : roll < 67 ? CYRILLIC : roll < 75 ? GREEK : roll < 88 ? CJK
                : roll < 94 ? ARABIC : DEVANAGARI;
        return script.name(random);
    }
}

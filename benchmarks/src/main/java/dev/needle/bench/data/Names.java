package dev.needle.bench.data;

import java.util.List;
import java.util.Random;

/**
 * Given and family names in the scripts a real address book mixes: Latin with accents, Cyrillic,
 * Greek, CJK (no space between family and given name, as written), Arabic and Devanagari.
 */
final class Names {
    /**
     * One writing system: its given names, family names, and whether the family name comes first. One
     * name in ten written with a space has two family names or a middle initial, as real books do.
     */
    private record Script(List<String> given, List<String> family, boolean familyFirst, String joiner) {
        String name(Random random) {
            String g = given.get(random.nextInt(given.size()));
            String f = family.get(random.nextInt(family.size()));
            if (!joiner.isEmpty() && random.nextInt(10) == 0) {
                f = random.nextBoolean() ? f + " " + family.get(random.nextInt(family.size()))
                        : (char) ('A' + random.nextInt(26)) + ". " + f;
            }
            return familyFirst ? f + joiner + g : g + joiner + f;
        }
    }

    private static final Script LATIN = new Script(
            List.of("José", "Zoë", "François", "Ana", "Björn", "Łukasz", "Søren", "Inês", "Mateo", "Chloé", "Dominik",
                    "Émile", "Hana", "Jürgen", "Nuño", "Oliver", "Priya", "Rosa", "Tomás", "Ümit", "Wanjiru", "Yusuf", "Anna",
                    "Maria", "John", "Michael", "Sarah", "David", "Laura", "Paul", "Julia", "Thomas", "Emma", "Lucas",
                    "Sofia", "Daniel", "Elena", "Marco", "Clara", "Pedro", "Ingrid", "Kofi", "Aisha", "Leon", "Mia"),
            List.of("García", "Müller", "Núñez", "Okafor", "Dvořák", "Lefèvre", "Kowalczyk", "Ødegaard", "Silva",
                    "Haddad", "Novak", "Björklund", "Çelik", "Nguyễn", "Smith", "Berg", "O'Connor", "Da Costa", "Schmidt",
                    "Johnson", "Rossi", "Martin", "Fischer", "Jansen", "Andersson", "Moreau", "Santos", "Kim", "Mensah",
                    "Weber", "Ferrari", "Hansen", "Walker", "Lopez", "Meyer", "Brown", "Wagner", "Costa", "Nielsen"),
            false, " ");
    private static final Script CYRILLIC = new Script(
            List.of("Иван", "Ольга", "Дмитрий", "Анна", "Сергей", "Мария", "Алексей", "Татьяна", "Николай", "Елена", "Андрей", "Наталья",
                    "Павел", "Ирина", "Михаил", "Светлана"),
            List.of("Петров", "Смирнова", "Кузнецов", "Иванова", "Соколов", "Попова", "Лебедев", "Морозов", "Волкова", "Новиков", "Фёдорова",
                    "Козлов", "Орлова", "Зайцев"), false, " ");
    private static final Script GREEK = new Script(
            List.of("Γιώργος", "Ελένη", "Νίκος", "Μαρία", "Δημήτρης", "Κατερίνα", "Γιάννης", "Σοφία", "Κώστας", "Άννα"),
            List.of("Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Αθανασίου", "Νικολάου", "Παππάς", "Βασιλείου",
                    "Χριστοδούλου"), false, " ");
    private static final Script CJK = new Script(
            List.of("伟", "娜", "太郎", "花子", "민준", "서연", "静", "翔", "浩然", "美咲", "지우", "芳", "大輔", "陽菜"),
            List.of("王", "李", "田中", "佐藤", "김", "박", "陈", "鈴木", "高橋", "이", "张", "刘", "渡辺", "최"), true, "");
    private static final Script ARABIC = new Script(
            List.of("محمد", "فاطمة", "أحمد", "ليلى", "يوسف", "مريم", "علي", "نور", "عمر", "سارة"),
            List.of("العلي", "حداد", "الخوري", "منصور", "السيد", "الحسن", "عبد الله", "الزين"), false, " ");
    private static final Script DEVANAGARI = new Script(
            List.of("अमित", "प्रिया", "राहुल", "सुनीता", "विकास", "अनीता", "संजय", "पूजा", "अर्जुन", "कविता"),
            List.of("शर्मा", "वर्मा", "गुप्ता", "पटेल", "सिंह", "जोशी", "मेहता", "यादव"), false, " ");

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

package dev.needle.adapter.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * One import format as the fuzz tests attack it: valid seed files (under src/test/resources/fuzz),
 * the format's risky tokens, and how to nest its structure deep. Shared with the app module's
 * end-to-end fuzz test through this module's test-jar.
 *
 * @param name      the format's word on the command line ({@code needle import NAME})
 * @param extension the file name ending, with its dot
 */
public record FuzzFormat(String name, String extension, List<String> seedFiles, List<String> tokens,
                         IntFunction<String> nesting) {
    /** The seed used by every build, so a failure found once is found again. */
    public static final long FIXED_SEED = 0x5EEDL;
    /** What a Java class or method looks like in a message: a package path, a Throwable's name, a call. */
    public static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(?:org|java|javax|com|net|sun|jdk|ezvcard|picocli)\\.[a-z]|\\b[A-Z]\\w*(?:Exception|Error|Event)\\b|\\w\\(\\)");

    public static final FuzzFormat VCARD = new FuzzFormat("vcard", ".vcf", List.of("contacts.vcf"),
            List.of("BEGIN:VCARD\r\n", "END:VCARD\r\n", "\r\nAGENT:\r\n", ";ENCODING=QUOTED-PRINTABLE:=", "=\r\n",
                    "\r\n ", ";CHARSET=UTF-16:", ";ENCODING=b:", "\\n", "\\", ":", ";", "VERSION:9.9\r\n",
                    "VERSION:2.1\r\n", "AGENT:BEGIN:VCARD\\nAGENT:BEGIN:VCARD\\n", "\r\nitem1.X-ABLabel:",
                    "TEL;VALUE=uri:tel:", "EMAIL:\r\n", "N:;;;;;;;;;;\r\n", "BDAY:99999999\r\n", "GEO:geo:999,x\r\n",
                    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ*&^\r\n", "ADR:;;;;;;;;\r\n", "ORG:;;;\r\n", "FN:\r\n",
                    "X-\u202Eevil:\u001B[31m\r\n", "KIND:group\r\nMEMBER:urn:uuid:x\r\n",
                    "\r\nEND:VCARD\r\nBEGIN:VCARD\r\n"),
            FuzzFormat::nestedVCards);

    public static final FuzzFormat LINKEDIN = new FuzzFormat("linkedin", ".csv", List.of("Connections.csv"),
            List.of("\"", "\"\"", ",", "\r", "\n", "\",\"", "\r\n", "31 Feb 2020", "99 Xyz 2020", "\uFEFF",
                    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n", "=cmd|' /C x'!A0",
                    "\"a\"b\"", ",,,,,,,,,,,,,,,,,,\r\n"),
            depth -> "\"".repeat(depth));

    public static final FuzzFormat YAML = new FuzzFormat("yaml", ".yaml", List.of("plan.yaml", "backup.yaml"),
            List.of("&a ", "*a", "!!binary ", "!foo ", "!!python/object/apply:os.system ", "? ", "---\n", "...\n",
                    "- ", ": ", "{", "}", "[", "]", "|", ">", "%YAML 1.1\n", "<<: *a\n", "\t", "'", "\"", "#",
                    "\nbomb: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                            + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n",
                    "\nneedle: plan\n", "\nformat: 99\n", "\nid: 99999999999999999999\n", "2026-02-30", "\"40.005\"",
                    "\n? [a, b]\n: c\n"),
            depth -> depth % 2 == 0 ? "[".repeat(depth) + "]".repeat(depth) : "\nx:\n" + nestedMappings(depth));

    public static List<FuzzFormat> all() {
        return List.of(VCARD, LINKEDIN, YAML);
    }

    /** The seed files' bytes. */
    public List<byte[]> seeds() {
        List<byte[]> seeds = new ArrayList<>();
        for (String file : seedFiles) {
            try (InputStream in = FuzzFormat.class.getResourceAsStream("/fuzz/" + file)) {
                seeds.add(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }

    public Mutations mutations(long seed) {
        return new Mutations(seed, tokens, nesting);
    }

    /** Version 2.1 cards nested by AGENT lines, or 3.0 cards nested inside AGENT values (escaped again at each level). */
    private static String nestedVCards(int depth) {
        if (depth % 2 == 0) {
            return "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:x\r\nAGENT:\r\n".repeat(depth) + "END:VCARD\r\n".repeat(depth);
        }
        String card = "BEGIN:VCARD\nVERSION:3.0\nFN:x\nEND:VCARD";
        for (int level = 0; level < Math.min(depth, 16); level++) {
            String escaped = card.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;");
            card = "BEGIN:VCARD\nVERSION:3.0\nFN:x\nAGENT:" + escaped + "\nEND:VCARD";
        }
        return card.replace("\n", "\r\n") + "\r\n";
    }

    private static String nestedMappings(int depth) {
        StringBuilder yaml = new StringBuilder();
        // Indented by two spaces a level: beyond 1,500 levels the file would grow past tens of megabytes.
        for (int level = 0; level < Math.min(depth, 1_500); level++) {
            yaml.append("  ".repeat(level + 1)).append("k:\n");
        }
        return yaml.toString();
    }
}

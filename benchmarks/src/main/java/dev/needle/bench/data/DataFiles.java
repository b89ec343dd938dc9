package dev.needle.bench.data;

import dev.needle.adapter.interchange.yaml.NeedleYaml;
import dev.needle.domain.Contact;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a generated data set as the files the whole-process benchmarks feed to the real jar: a
 * Needle YAML backup (to fill an H2 database with {@code needle import yaml}), a vCard file as other
 * programs write them ({@link VCardBook}) and a LinkedIn {@code Connections.csv} with its free-text
 * preamble.
 * Usage: {@code DataFiles DIR CONTACTS [SEED]}.
 */
public final class DataFiles {
    private static final DateTimeFormatter LINKEDIN_DATE = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);

    private DataFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        Files.createDirectories(dir);
        DataSet data = new Generator(seed).generate(size, 12);
        try (Writer out = Files.newBufferedWriter(dir.resolve("backup-" + size + ".yaml"), StandardCharsets.UTF_8)) {
            new NeedleYaml().writeBackup(data.asBackup(), out);
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve("contacts-" + size + ".vcf"), StandardCharsets.UTF_8)) {
            VCardBook.write(data.contacts(), seed, out);
        }
        writeLinkedIn(data, seed, dir.resolve("connections-" + size + ".csv"));
    }

    private static void writeLinkedIn(DataSet data, long seed, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Notes:\n\"When exporting your connection data, you may notice that some of the email addresses"
                    + " are missing.\"\n\n");
            out.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
            Random random = new Random(seed);
            for (int i = 0; i < data.contacts().size(); i++) {
                Contact c = data.contacts().get(i);
                int space = c.name().indexOf(' ');
                String first = space < 0 ? c.name() : c.name().substring(0, space);
                String last = space < 0 ? "" : c.name().substring(space + 1);
                // Some people put their degrees after their name; LinkedIn exports them as typed.
                if (!last.isEmpty() && random.nextInt(50) == 0) {
                    last += random.nextBoolean() ? ", PhD" : ", MBA";
                }
                // LinkedIn gives an email only for the few who allow it; the profile URL is the key.
                String email = random.nextInt(10) == 0 ? c.reach().emails().stream().findFirst().orElse("") : "";
                String url = c.reach().urls().stream().filter(u -> u.contains("linkedin.com")).findFirst()
                        .orElse(Addresses.linkedIn(c.name(), i));
                String company = random.nextInt(30) == 0 ? "" : c.company();
                String position = random.nextInt(10) == 0 ? c.role() + ", " + Vocabulary.pick(Vocabulary.TAGS, random)
                        : c.role();
                String connected = c.origin().on().orElse(Generator.TODAY).format(LINKEDIN_DATE);
                out.write(String.join(",", csv(first), csv(last), csv(url), csv(email), csv(company),
                        csv(position), csv(connected)));
                out.write('\n');
            }
        }
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}

package dev.needle.bench.data;

import dev.needle.adapter.interchange.vcard.VCardFileWriter;
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

/**
 * Writes a generated data set as the files the whole-process benchmarks feed to the real jar: a
 * Needle YAML backup (to fill an H2 database with {@code needle import yaml}), a vCard file and a
 * LinkedIn {@code Connections.csv} with its free-text preamble.
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
            new VCardFileWriter("4.0").write(data.contacts(), out, "the benchmark data");
        }
        writeLinkedIn(data, dir.resolve("connections-" + size + ".csv"));
    }

    private static void writeLinkedIn(DataSet data, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Notes:\n\"When exporting your connection data, you may notice that some of the email addresses"
                    + " are missing.\"\n\n");
            out.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
            for (Contact c : data.contacts()) {
                int space = c.name().indexOf(' ');
                String first = space < 0 ? c.name() : c.name().substring(0, space);
                String last = space < 0 ? "" : c.name().substring(space + 1);
                // Most LinkedIn exports leave the email blank; the URL is the key.
                String email = c.id().value() % 5 == 0 ? c.reach().emails().stream().findFirst().orElse("") : "";
                String url = "https://www.linkedin.com/in/member-" + c.id().value();
                String connected = c.origin().on().orElse(Generator.TODAY).format(LINKEDIN_DATE);
                out.write(String.join(",", csv(first), csv(last), csv(url), csv(email), csv(c.company()),
                        csv(c.role()), csv(connected)));
                out.write('\n');
            }
        }
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}

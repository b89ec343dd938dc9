package dev.needle.adapter.persistence.jdbi;

import dev.needle.domain.Contact;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Child process of {@link ReadOnlyOpenTest}: a run that only reads ({@code needle contacts QUERY}),
 * opened with {@link JdbiPersistence#openToRead}, holding the database until its stdin closes.
 * {@code names} answers every contact's name, sorted and joined by commas.
 */
final class ReadingChild {
    private ReadingChild() {
    }

    public static void main(String[] args) throws Exception {
        try (JdbiPersistence db = JdbiPersistence.openToRead(H2Urls.fileUrl(Path.of(args[0])), FreshH2Databases.USER,
                FreshH2Databases.PASSWORD);
             BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            System.out.println("ready");
            for (String line = commands.readLine(); line != null; line = commands.readLine()) {
                System.out.println(line.equals("names")
                        ? String.join(",", db.contacts().findAll().stream().map(Contact::name).sorted().toList())
                        : "unknown " + line);
                System.out.flush();
            }
        }
    }
}

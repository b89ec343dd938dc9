package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.EditConflictException;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Child process of {@link TwoProcessTest}: a second Needle session on the same H2 file, driven by
 * one-line commands on stdin, answering each with one line.
 * <ul>
 *   <li>{@code save NAME} stores a new contact and answers its id;</li>
 *   <li>{@code name ID} answers the stored name, or {@code none};</li>
 *   <li>{@code hold ID} reads a contact and keeps that copy;</li>
 *   <li>{@code rename NAME} saves the held copy renamed: answers {@code saved} or {@code conflict};</li>
 *   <li>{@code delete ID} deletes a contact: answers {@code deleted} or {@code none}.</li>
 * </ul>
 */
final class SessionChild {
    private SessionChild() {
    }

    public static void main(String[] args) throws Exception {
        try (JdbiPersistence db = JdbiPersistence.open(H2Urls.fileUrl(Path.of(args[0])), FreshH2Databases.USER, FreshH2Databases.PASSWORD);
             BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            System.out.println("ready");
            Contact held = null;
            for (String line = commands.readLine(); line != null; line = commands.readLine()) {
                String verb = line.substring(0, line.indexOf(' '));
                String argument = line.substring(line.indexOf(' ') + 1);
                String answer = switch (verb) {
                    case "save" -> Long.toString(db.contacts().save(Contact.capture(new ContactId(db.ids().next()), argument)).id().value());
                    case "name" -> db.contacts().find(new ContactId(Long.parseLong(argument))).map(Contact::name).orElse("none");
                    case "hold" -> {
                        held = db.contacts().find(new ContactId(Long.parseLong(argument))).orElseThrow();
                        yield "held";
                    }
                    case "rename" -> {
                        try {
                            db.contacts().save(held.edit().name(argument).build());
                            yield "saved";
                        } catch (EditConflictException e) {
                            yield "conflict";
                        }
                    }
                    case "delete" -> db.contacts().delete(new ContactId(Long.parseLong(argument))) ? "deleted" : "none";
                    default -> "unknown " + verb;
                };
                System.out.println(answer);
                System.out.flush();
            }
        }
    }
}

package dev.needle.adapter.interchange.vcard;

import dev.needle.application.port.in.ImportReport;
import dev.needle.application.port.in.ImportedPerson;
import dev.needle.application.service.ImportContactsService;
import dev.needle.application.service.fake.Fakes;
import dev.needle.domain.Contact;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/** Cards through the real import into a fresh store, and contacts out as cards: what `needle import/export vcard` do. */
final class CardImports {
    private CardImports() {
    }

    /** The store after importing {@code text}, and the report. */
    record Imported(List<Contact> contacts, ImportReport report) {
    }

    static Imported importText(String file, String text) {
        List<ImportedPerson> people = new VCardFileReader().read(file, text.getBytes(StandardCharsets.UTF_8));
        Fakes fakes = new Fakes();
        ImportReport report = new ImportContactsService(fakes.contacts, fakes.ids, fakes.transactions)
                .importContacts(people, false);
        List<Contact> contacts = fakes.contacts.findAll().stream()
                .sorted(Comparator.comparingLong(c -> c.id().value())).toList();
        return new Imported(contacts, report);
    }

    static String export(List<Contact> contacts, String version) {
        StringWriter out = new StringWriter();
        new VCardFileWriter(version).write(contacts, out, "stdout");
        return out.toString();
    }

    /** Every field as the undo and merge list them, but the UID, which must match on its own. */
    static java.util.Map<String, Object> fields(Contact contact) {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (String name : Contact.FIELDS.names()) {
            values.put(name, Contact.FIELDS.value(contact, name));
        }
        return values;
    }
}

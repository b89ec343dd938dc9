package dev.needle.adapter.interchange.yaml;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.util.NameTransformer;
import dev.needle.application.port.in.Backup;
import dev.needle.application.port.in.ExportBackupUseCase;
import dev.needle.domain.Contact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Writes a backup file as the backup is read ({@link ExportBackupUseCase#exportBackup(ExportBackupUseCase.Sink)}):
 * the header and the records before the contacts, each page of contacts as it comes, then the rest on
 * {@link #finish}. The keys and their order are {@link BackupDoc}'s, written without its braces in two
 * parts around the contacts, so the file is the one a whole backup written at once gives.
 */
public final class YamlBackupWriter implements ExportBackupUseCase.Sink {
    private final Writer out;
    private final BlockYamlGenerator generator;
    private final SerializerProvider serializers;
    private final JsonSerializer<Object> fields;
    private final JsonSerializer<Object> contact;
    private boolean contactsBegun;

    YamlBackupWriter(ObjectMapper mapper, Writer out, LongConsumer recordsWritten) {
        this.out = out;
        this.generator = new BlockYamlGenerator(out, mapper, 0, recordsWritten);
        this.serializers = mapper.getSerializerProviderInstance();
        try {
            this.fields = serializers.findValueSerializer(BackupDoc.class).unwrappingSerializer(NameTransformer.NOP);
            this.contact = serializers.findValueSerializer(Contact.class);
        } catch (JsonMappingException e) {
            throw new IllegalStateException("the backup's YAML documents cannot be written", e);
        }
    }

    @Override
    public void head(Backup head) {
        try {
            if (!head.privateNotes().isEmpty()) {
                out.write(NeedleYaml.TEAM_BACKUP_HEADER);
            }
            generator.writeStartObject();
            fields.serialize(BackupDoc.head(head), generator, serializers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void contacts(List<Contact> page) {
        try {
            if (!contactsBegun && !page.isEmpty()) {
                generator.writeFieldName("contacts");
                generator.writeStartArray();
                contactsBegun = true;
            }
            for (Contact c : page) {
                contact.serialize(c, generator, serializers);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every record after the contacts (the contacts of {@code rest} are not written) and flushes. */
    public void finish(Backup rest) {
        try {
            if (contactsBegun) {
                generator.writeEndArray();
            }
            fields.serialize(BackupDoc.rest(rest), generator, serializers);
            generator.writeEndObject();
            generator.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.adapter.interchange.yaml.NeedleYaml;
import dev.needle.application.port.in.Backup;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The backup written on a thread of its own while it is read: the same file, and a failure on either side stops both. */
class BackupHandOverTest {
    private static List<Contact> page(int first, int size) {
        List<Contact> page = new ArrayList<>();
        for (int i = first; i < first + size; i++) {
            page.add(Contact.capture(new ContactId(i), "Person " + i));
        }
        return page;
    }

    private static boolean writerRunning() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("needle-backup-writer") && t.isAlive());
    }

    @Test
    void theFileIsTheOneTheWholeBackupGives() {
        List<Contact> everyone = page(1, 50);
        StringWriter whole = new StringWriter();
        new NeedleYaml().writeBackup(Backup.empty().withContacts(everyone), whole);

        StringWriter handed = new StringWriter();
        BackupHandOver handOver = new BackupHandOver(new NeedleYaml().backupWriter(handed, n -> { }));
        Backup rest = handOver.run(sink -> {
            sink.head(Backup.empty());
            for (int from = 0; from < everyone.size(); from += 7) {
                sink.contacts(everyone.subList(from, Math.min(everyone.size(), from + 7)));
            }
            return Backup.empty();
        });

        assertThat(handed.toString()).isEqualTo(whole.toString());
        assertThat(handOver.contacts()).isEqualTo(50);
        assertThat(rest.contacts()).isEmpty();
    }

    @Test
    void aFailedWriteStopsTheReadingAndIsThrownAsItself() {
        Writer full = new Writer() {
            private int written;

            @Override
            public void write(char[] text, int offset, int length) throws IOException {
                written += length;
                if (written > 10_000) {
                    throw new IOException("No space left on device");
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        AtomicInteger pages = new AtomicInteger();
        BackupHandOver handOver = new BackupHandOver(new NeedleYaml().backupWriter(full, n -> { }));

        assertThatThrownBy(() -> handOver.run(sink -> {
            sink.head(Backup.empty());
            for (int i = 0; i < 10_000; i++) {
                sink.contacts(page(i * 100 + 1, 100));
                pages.incrementAndGet();
            }
            return Backup.empty();
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("No space left on device");
        assertThat(pages.get()).as("the reading stopped soon after the writer").isLessThan(100);
        assertThat(writerRunning()).isFalse();
    }

    @Test
    void aFailedReadStopsTheWriterAndIsThrownAsItself() {
        StringWriter out = new StringWriter();
        BackupHandOver handOver = new BackupHandOver(new NeedleYaml().backupWriter(out, n -> { }));

        assertThatThrownBy(() -> handOver.run(sink -> {
            sink.head(Backup.empty());
            sink.contacts(page(1, 10));
            throw new IllegalStateException("the database closed itself");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the database closed itself");
        assertThat(writerRunning()).isFalse();
    }
}

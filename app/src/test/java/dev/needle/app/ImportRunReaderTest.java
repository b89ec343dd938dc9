package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.application.port.in.ImportedPerson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading thread waits once it is a few thousand records ahead of the import: whatever ends the
 * import, that thread must not be left waiting, and nothing is stored.
 */
class ImportRunReaderTest {
    private static final int PEOPLE = 20_000;

    @TempDir
    Path dir;

    private static ImportedPerson person(int record) {
        return new ImportedPerson(record, record, "Person " + record, "Company " + record % 50, "", List.of(), List.of(),
                List.of(), List.of(), "", Optional.empty(), List.of());
    }

    /** People, then, when {@code badAtTheEnd}, a line the reader refuses. */
    private static ImportRun.Reader people(boolean badAtTheEnd) {
        return (file, each) -> {
            for (int record = 1; record <= PEOPLE; record++) {
                each.accept(person(record));
            }
            if (badAtTheEnd) {
                throw new InterchangeException(file + ": line " + (PEOPLE + 2) + ": the row has 3 fields; the header has 7");
            }
        };
    }

    private int importInto(Path data, ImportRun.Reader reader, StringWriter out, StringWriter err) throws Exception {
        Path file = Files.writeString(dir.resolve("connections.csv"), "stand-in: the reader above makes the rows\n");
        NeedleCommand root = new NeedleCommand(() -> false, Map.of("HOME", dir.toString(),
                "XDG_CONFIG_HOME", dir.resolve("config").toString(), "XDG_STATE_HOME", dir.resolve("state").toString()));
        root.setDataDir(data);
        try {
            return ImportRun.run(root, List.of(file), reader, false, new PrintWriter(out, true), new PrintWriter(err, true));
        } finally {
            root.close();
        }
    }

    private static List<Thread> readers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("needle-import-reader")).toList();
    }

    private static void assertNoReaderLeft() throws InterruptedException {
        for (Thread reader : readers()) {
            reader.join(10_000);
        }
        assertThat(readers()).as("reading threads still alive").isEmpty();
    }

    /**
     * The database cannot open (the data folder would be inside a file): a bad file is still the first thing said,
     * which the reader can only find by reading to its end past the import that stopped taking records.
     */
    @Test
    void aDatabaseThatCannotOpenStillHearsOfTheBadLineAtTheEndAndTheReaderEnds() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file where a folder should be");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = importInto(blocker.resolve("data"), people(true), out, err);

        assertThat(exit).isEqualTo(NeedleCommand.BAD_INPUT);
        assertThat(err.toString()).contains("line " + (PEOPLE + 2) + ": the row has 3 fields").contains("nothing was imported");
        assertNoReaderLeft();
    }

    @Test
    void aDatabaseThatCannotOpenLetsTheReaderOfAGoodFileEnd() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file where a folder should be");

        // The open's own failure goes on to the command's handler, after the whole file was read.
        assertThatThrownBy(() -> importInto(blocker.resolve("data"), people(false), new StringWriter(), new StringWriter()))
                .hasMessageContaining("cannot create the private folder");
        assertNoReaderLeft();
        assertThat(Files.readString(blocker)).isEqualTo("a file where a folder should be");
    }

    /** A bad line after thousands of good ones: nothing of them is stored, and no reader is left behind. */
    @Test
    void aBadLineFarIntoTheFileStoresNothingAndLeavesNoReader() throws Exception {
        Path data = dir.resolve("data");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = importInto(data, people(true), out, err);

        assertThat(exit).isEqualTo(NeedleCommand.BAD_INPUT);
        assertThat(err.toString()).contains("line " + (PEOPLE + 2)).contains("nothing was imported");
        assertThat(out.toString()).isEmpty();
        assertNoReaderLeft();
        try (var left = Files.list(data)) {
            assertThat(left.map(p -> p.getFileName().toString())).doesNotContain("needle.mv.db");
        }
    }
}

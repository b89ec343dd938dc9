package dev.needle.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Thousands of people in a folder, imported as a user would: for what only shows when reading everyone takes a while. */
final class ManyContacts {
    private ManyContacts() {}

    /** Imports {@code people} LinkedIn connections with {@code HOME=home}, into {@code --data-dir dataDir} if given. */
    static void importInto(Path work, Path home, Path dataDir, int people) throws Exception {
        Path connections = Files.createTempFile(work, "connections", ".csv");
        StringBuilder csv = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (int i = 0; i < people; i++) {
            csv.append("Ana,Lima ").append(i).append(",https://www.linkedin.com/in/ana-").append(i)
                    .append(",,XYZ Corp,Engineer,27 May 2026\n");
        }
        Files.writeString(connections, csv);
        List<String> command = new ArrayList<>(List.of(ServedNeedle.java(), "-jar", Tools.needleJar().toString()));
        if (dataDir != null) {
            command.addAll(List.of("--data-dir", dataDir.toString()));
        }
        command.addAll(List.of("import", "linkedin", connections.toString()));
        Path output = Files.createTempFile(work, "import", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("HOME", home.toString());
        Process imported = builder.start();
        assertThat(imported.waitFor(120, TimeUnit.SECONDS)).as("the import ended").isTrue();
        assertThat(imported.exitValue()).as(Files.readString(output)).isZero();
    }
}

package dev.needle.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 as a new user meets it, with the built jar: LinkedIn's connections and a Google Contacts
 * export imported, the person both hold under a slightly different name merged on the merge screen
 * in tmux at 80x24, and the merge undone.
 */
class MergeFlowIT {
    private static final String LINKEDIN = "Notes:\n\"Some email addresses are missing.\"\n\n"
            + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Rashmi,Nayak,https://www.linkedin.com/in/rashmi-nayak,,Acme,Head of Data,05 Oct 2020\n";
    private static final String GOOGLE = "Name,Given Name,Additional Name,Family Name,Notes,Group Membership,"
            + "E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Name,"
            + "Organization 1 - Title\n"
            + "Rashmi P. Nayak,Rashmi,P.,Nayak,Met at PyCon,* myContacts,* Work,rashmi@acme.example,Mobile,"
            + "+44 7700 900123,Acme Ltd,Data Director\n";

    @TempDir
    Path work;

    @Test
    void aGoogleDuplicateOfALinkedInPersonIsMergedOnTheScreenAndTheUndoBringsBothBack() throws Exception {
        Tools.require("tmux", "/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux");
        Path home = Files.createDirectory(work.resolve("home"));
        assertThat(needle(home, "import", "linkedin", write("Connections.csv", LINKEDIN))).startsWith("created 1");
        assertThat(needle(home, "import", "google", write("contacts.csv", GOOGLE))).startsWith("created 1");
        assertThat(needle(home, "duplicates")).contains("Rashmi Nayak", "Rashmi P. Nayak", "similar name at Acme");

        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", home.toString());
        env.put("TERM", "xterm-256color");
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "C.UTF-8");
        String java = Shell.quote(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        try (Tmux tmux = Tmux.start(work, env, 80, 24, java + " -jar " + Shell.quote(Tools.needleJar().toString()))) {
            tmux.waitForText("Setup 1/3");
            tmux.sendKeys("Escape");
            tmux.waitForGone("Setup 1/3");
            new NeedleUser(tmux).goTo('3', "Stage");
            tmux.sendKeys("D");
            tmux.waitForText("similar name at Acme");
            tmux.sendKeys("Enter");
            String pair = tmux.waitForText("Right: Rashmi P. Nayak");
            assertThat(pair).contains("> Name", "[x] rashmi@acme.example", "[x] +44 7700 900123");
            assertThat(pair.lines().toList()).hasSize(24).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));

            tmux.sendKeys("Right");
            tmux.waitForText("[x] Rashmi P. Nayak");
            tmux.sendKeys("Enter");
            tmux.waitForText("y/N");
            tmux.sendKeys("y");
            assertThat(tmux.waitForText("Merged into Rashmi P. Nayak.")).contains("No suspected duplicates");
            tmux.sendKeys("Escape");
            String merged = tmux.waitForGone("No suspected duplicates");
            assertThat(merged).contains("Rashmi P. Nayak").doesNotContain("Rashmi Nayak ");

            tmux.sendKeys("u");
            assertThat(tmux.waitForText("Undone: merge of Rashmi P. Nayak into Rashmi Nayak."))
                    .contains("Rashmi Nayak ", "Rashmi P. Nayak");
            tmux.sendKeys("q");
            assertThat(tmux.waitForText("[exit ")).contains("[exit 0]");
        }
        assertThat(needle(home, "contacts")).contains("Rashmi Nayak\tAcme\tHead of Data",
                "Rashmi P. Nayak\tAcme Ltd\tData Director");
    }

    private String write(String name, String text) throws Exception {
        return Files.writeString(work.resolve(name), text, StandardCharsets.UTF_8).toString();
    }

    private String needle(Path home, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Tools.needleJar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("out.txt").toFile());
        builder.environment().put("HOME", home.toString());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("needle %s finishes", String.join(" ", args)).isTrue();
        return Files.readString(work.resolve("out.txt"));
    }
}

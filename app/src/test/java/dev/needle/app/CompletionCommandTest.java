package dev.needle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script is loaded into a real bash and asked to complete, as a shell would. */
class CompletionCommandTest {
    @TempDir
    Path home;

    private String complete(Path script, String line) throws IOException, InterruptedException {
        String words = line.endsWith(" ") ? line + "''" : line;
        String probe = "source '" + script + "'\n"
                // compopt only works inside a real completion; the stub keeps its complaint out of the output.
                + "compopt() { :; }\n"
                + "COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}\n"
                + "COMP_WORDS=(" + words + "); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
                + "_complete_needle needle\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", probe)
                .redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).as("bash finished").isTrue();
        assertThat(bash.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void bashCompletesCommandsFormatsAndEnumWords() throws Exception {
        CliRun cli = new CliRun(home);
        assertThat(cli.run("completion", "bash")).as(cli.err).isZero();
        Path script = Files.writeString(home.resolve("needle.bash"), cli.out);

        assertThat(complete(script, "needle tri").lines()).containsExactly("triage");
        assertThat(complete(script, "needle export ").lines()).contains("ics", "vcard", "yaml");
        assertThat(complete(script, "needle triage 10 --format c").lines()).containsExactlyInAnyOrder("call", "coffee");
        assertThat(complete(script, "needle import ").lines()).contains("yaml", "vcard", "linkedin");
    }

    @Test
    void zshGetsTheSameScriptWhichLoadsBashCompatibilityItself() {
        CliRun cli = new CliRun(home);
        assertThat(cli.run("completion", "zsh")).isZero();
        assertThat(cli.out).contains("bashcompinit", "complete -F _complete_needle");
        assertThat(cli.run("completion", "fish")).isEqualTo(2);
        assertThat(cli.err).contains("use bash or zsh");
    }
}

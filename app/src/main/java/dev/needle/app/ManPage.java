package dev.needle.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * needle(1) in troff (man macros), written from the same command model as the help and completion, with
 * a section per command. The build runs {@link #main} at package time into
 * {@code app/target/man/man1/needle.1}; nobody edits or commits that file.
 */
public final class ManPage {
    private ManPage() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "target/man/man1/needle.1");
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Files.writeString(file, troff(NeedleCommand.commandLine(() -> false)), StandardCharsets.UTF_8);
    }

    static String troff(CommandLine root) {
        CommandSpec spec = root.getCommandSpec();
        String version = new VersionProvider().getVersion()[0];
        StringBuilder out = new StringBuilder();
        out.append(".TH NEEDLE 1 \"\" \"").append(escape(version)).append("\" \"User Commands\"\n");
        out.append(".SH NAME\nneedle \\- ").append(escape(spec.usageMessage().description()[0])).append('\n');
        out.append(".SH SYNOPSIS\n");
        synopsis(out, spec);
        out.append(".SH DESCRIPTION\n");
        paragraphs(out, List.of(spec.usageMessage().description()).subList(1, spec.usageMessage().description().length));
        out.append(".SH OPTIONS\n");
        arguments(out, spec);
        out.append(".SH COMMANDS\n");
        commands(out, root);
        out.append(".SH \"EXIT STATUS\"\n");
        for (Map.Entry<String, String> code : CommandHelp.EXIT_CODES.entrySet()) {
            out.append(".TP\n.B ").append(code.getKey()).append('\n').append(escape(code.getValue())).append('\n');
        }
        out.append(".SH FILES\n.TP\n.I ~/.local/share/needle/\ndata folder (\\fB$XDG_DATA_HOME/needle\\fR)\n")
                .append(".TP\n.I ~/.config/needle/config.yaml\nconfiguration (\\fB$XDG_CONFIG_HOME/needle/config.yaml\\fR)\n")
                .append(".TP\n.I ~/.local/state/needle/needle.log\nlog file (\\fB$XDG_STATE_HOME/needle/needle.log\\fR)\n");
        out.append(".SH \"SEE ALSO\"\nThe README, docs/cli.md, docs/cli-json.md and docs/yaml-format.md in the source.\n");
        return out.toString();
    }

    private static void commands(StringBuilder out, CommandLine line) {
        line.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandName().equals(name)) {
                return; // an alias
            }
            CommandSpec spec = sub.getCommandSpec();
            out.append(".SS \"").append(escape(spec.qualifiedName())).append("\"\n");
            synopsis(out, spec);
            out.append(".PP\n");
            paragraphs(out, List.of(spec.usageMessage().description()));
            arguments(out, spec);
            String[] examples = spec.usageMessage().footer();
            if (examples.length > 0) {
                out.append(".PP\n").append(examples.length == 1 ? "Example:" : "Examples:").append("\n.RS\n.nf\n");
                for (String example : examples) {
                    out.append(escape(example.strip())).append('\n');
                }
                out.append(".fi\n.RE\n");
            }
            commands(out, sub);
        });
    }

    private static void synopsis(StringBuilder out, CommandSpec spec) {
        Help help = new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF));
        out.append(".nf\n").append(escape(help.synopsis(0).stripTrailing())).append("\n.fi\n");
    }

    private static void paragraphs(StringBuilder out, List<String> texts) {
        for (String text : texts) {
            out.append(escape(text.replace("%n", " ").replace("%%", "%"))).append("\n.PP\n");
        }
    }

    private static void arguments(StringBuilder out, CommandSpec spec) {
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden()) {
                out.append(".TP\n\\fI").append(escape(p.paramLabel())).append("\\fR\n")
                        .append(escape(String.join(" ", p.renderedDescription()))).append('\n');
            }
        }
        for (OptionSpec o : spec.options()) {
            if (!o.hidden()) {
                out.append(".TP\n\\fB").append(escape(String.join(", ", o.names()))).append("\\fR");
                if (o.arity().max() > 0) {
                    out.append(" \\fI").append(escape(o.paramLabel())).append("\\fR");
                }
                out.append('\n').append(escape(String.join(" ", o.renderedDescription()))).append('\n');
            }
        }
    }

    /** Backslashes and hyphens escaped, and no line may start with a control character ('.' or '\''). */
    static String escape(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        StringBuilder out = new StringBuilder();
        for (String line : escaped.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (line.startsWith(".") || line.startsWith("'")) {
                out.append("\\&");
            }
            out.append(line);
        }
        return out.toString();
    }
}

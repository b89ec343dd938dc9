package dev.needle.app;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code needle completion bash|zsh}: a completion script built by picocli from the same command model
 * as the help, so a new command or option completes without anyone editing a script. The script works
 * in both shells (in zsh through bashcompinit, which it loads itself).
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script for bash or zsh.",
                "bash: needle completion bash > ~/.local/share/bash-completion/completions/needle",
                "zsh:  needle completion zsh > ~/.zfunc/needle.zsh, and `source ~/.zfunc/needle.zsh` in ~/.zshrc"},
        footer = {"  source <(needle completion bash)"})
final class CompletionCommand extends Subcommand {
    /** The shells the script is for. */
    static final class Shells implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.List.of("bash", "zsh").iterator();
        }
    }

    @Parameters(paramLabel = "SHELL", completionCandidates = Shells.class,
            description = "${COMPLETION-CANDIDATES}")
    String shell;

    @Override
    public Integer call() {
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            return fail(NeedleCommand.USAGE, "no completion for \"" + shell + "\"; use bash or zsh");
        }
        CommandLine root = spec.root().commandLine();
        out().print(AutoComplete.bash("needle", root));
        out().flush();
        return NeedleCommand.DONE;
    }
}

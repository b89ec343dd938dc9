package dev.needle.adapter.interchange.mail;

import dev.needle.adapter.interchange.InterchangeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code notmuch} program: the files a query matches ({@code notmuch search --output=files}),
 * and the user's addresses from its configuration. It runs with this process's environment, so
 * {@code NOTMUCH_CONFIG} and {@code NOTMUCH_PROFILE} choose the database as they do for notmuch itself.
 */
public final class Notmuch {
    private static final long TIMEOUT_MINUTES = 10;

    private final String program;
    private final Map<String, String> environment;

    /**
     * {@code program} is the command to run; {@code environment} is added to this process's for it (a test
     * names its own {@code NOTMUCH_CONFIG} there; Needle itself passes nothing).
     */
    public Notmuch(String program, Map<String, String> environment) {
        this.program = program;
        this.environment = Map.copyOf(environment);
    }

    /** The files of the messages the query matches, every copy of each. */
    List<Path> files(String query) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String line : run(List.of(program, "search", "--output=files", "--", query), "the query " + query)) {
            if (!line.isBlank()) {
                files.add(Path.of(line));
            }
        }
        return files;
    }

    /** The user's addresses as notmuch knows them (user.primary_email, user.other_email); empty when it knows none. */
    public Set<String> userAddresses() {
        Set<String> addresses = new LinkedHashSet<>();
        for (String key : List.of("user.primary_email", "user.other_email")) {
            try {
                run(List.of(program, "config", "get", key), key).stream()
                        .flatMap(line -> List.of(line.split(";")).stream())
                        .map(String::strip).filter(s -> s.contains("@")).forEach(addresses::add);
            } catch (IOException | InterchangeException e) {
                return addresses; // no notmuch, or no configuration: the addresses are just not known
            }
        }
        return addresses;
    }

    private List<String> run(List<String> command, String what) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(nullFile()));
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new InterchangeException("notmuch could not be started (is it installed and on PATH?)", e);
        }
        // Output and errors are read one after the other: notmuch writes errors only after failing, and little of them.
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        try {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroy();
                throw new InterchangeException("notmuch took over " + TIMEOUT_MINUTES + " minutes for " + what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new InterchangeException("interrupted while notmuch ran " + what, e);
        }
        if (process.exitValue() != 0) {
            String problem = new String(err, StandardCharsets.UTF_8).strip().lines().findFirst().orElse("no reason given");
            throw new InterchangeException("notmuch failed on " + what + " (exit " + process.exitValue() + "): " + problem);
        }
        return new String(out, StandardCharsets.UTF_8).lines().toList();
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}

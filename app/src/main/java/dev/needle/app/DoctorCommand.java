package dev.needle.app;

import dev.needle.domain.English;
import dev.needle.adapter.interchange.yaml.NeedleYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;

/**
 * {@code needle doctor}: checks what Needle needs from this machine, one line per check with ok, warn
 * or fail, and exits 0 unless something failed. It changes nothing, except that opening the
 * database creates it on first use, as any command would.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true, footer = {"  needle doctor"},
        description = "Check the data folder, database, terminal, config file and log folder.")
final class DoctorCommand extends Subcommand {
    enum Level { OK, WARN, FAIL }

    record Check(Level level, String what, String detail) {
        String line() {
            return String.format("%-4s  %-13s %s", level.name().toLowerCase(java.util.Locale.ROOT), what, detail);
        }
    }

    @Override
    public Integer call() {
        NeedleCommand root = root();
        Map<String, String> env = root.environment();
        Places places = root.places();
        Path dataDir = root.dataDir().orElse(places.dataDir());
        List<Check> checks = new ArrayList<>();
        boolean usesDataDir = root.databaseUrl().isEmpty();
        // The database first: opening the default one creates the data folder, which is then checked as it is.
        Check database = database();
        checks.add(dataFolder(dataDir, usesDataDir));
        checks.add(database);
        checks.add(root.interactive() ? new Check(Level.OK, "terminal", "interactive")
                : new Check(Level.WARN, "terminal", "none: the full-screen UI needs one; subcommands still work"));
        checks.add(term(env));
        checks.add(colours(env));
        checks.add(config(root.configFile().orElse(places.configFile())));
        checks.add(logFolder(places.stateDir()));
        checks.add(java(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
        checks.forEach(c -> out().println(Printable.clean(c.line())));
        return checks.stream().anyMatch(c -> c.level() == Level.FAIL) ? NeedleCommand.USAGE : NeedleCommand.DONE;
    }

    private static Check dataFolder(Path dir, boolean used) {
        String what = "data folder";
        if (!Files.exists(dir)) {
            return new Check(used ? Level.WARN : Level.OK, what, dir + " does not exist yet; it is created (0700) on first use");
        }
        if (!Files.isDirectory(dir)) {
            return new Check(Level.FAIL, what, dir + " is not a folder");
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir);
            String mode = PosixFilePermissions.toString(perms);
            if (!mode.equals("rwx------")) {
                return new Check(Level.WARN, what, dir + " is " + mode + "; run `chmod 700 " + dir + "` so other "
                        + "users cannot read your data");
            }
            return new Check(Level.OK, what, dir + " (rwx------)");
        } catch (UnsupportedOperationException | IOException e) {
            return new Check(Level.WARN, what, dir + ": cannot read its permissions");
        }
    }

    private Check database() {
        try {
            int contacts = useCases().searchContacts().search("", Integer.MAX_VALUE).size();
            return new Check(Level.OK, "database", "opens; " + English.count(contacts, "contact"));
        } catch (RuntimeException e) {
            return new Check(Level.FAIL, "database", "does not open: " + e.getMessage());
        }
    }

    private static Check term(Map<String, String> env) {
        String term = env.get("TERM");
        if (term == null || term.isBlank()) {
            return new Check(Level.WARN, "TERM", "not set; the UI cannot tell what your terminal can draw");
        }
        if (term.equals("dumb")) {
            return new Check(Level.WARN, "TERM", "dumb: the full-screen UI needs a real terminal type");
        }
        return new Check(Level.OK, "TERM", term);
    }

    private static Check colours(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return new Check(Level.OK, "colours", "off (NO_COLOR is set); selection shows in reverse video");
        }
        String colorTerm = env.getOrDefault("COLORTERM", "");
        if (colorTerm.equals("truecolor") || colorTerm.equals("24bit")) {
            return new Check(Level.OK, "colours", "24-bit (COLORTERM=" + colorTerm + ")");
        }
        String term = env.getOrDefault("TERM", "");
        return new Check(Level.OK, "colours", term.contains("256color") ? "256 (TERM)" : "basic 16");
    }

    private static Check config(Path file) {
        if (!Files.exists(file)) {
            return new Check(Level.OK, "config file", "none at " + file + "; using defaults");
        }
        try {
            new NeedleYaml().readSettings(file.toString(), InputFiles.read(file, NeedleYaml.MAX_BYTES));
            return new Check(Level.OK, "config file", file + " reads");
        } catch (InputFiles.Refused | RuntimeException e) {
            return new Check(Level.FAIL, "config file", e.getMessage());
        }
    }

    /**
     * Which Java runs Needle and whether a start-up cache is in use, since the launcher picks the newest
     * JDK it finds and start-up depends on both (docs/performance.md).
     */
    static Check java(List<String> jvmArguments) {
        String cache = "no start-up cache";
        for (String argument : jvmArguments) {
            if (argument.startsWith("-XX:AOTCache=")) {
                cache = "ahead-of-time cache in use";
            } else if (argument.startsWith("-XX:SharedArchiveFile=")) {
                cache = "class-data archive in use";
            } else if (argument.startsWith("-XX:AOTMode=record") || argument.startsWith("-XX:ArchiveClassesAtExit=")) {
                cache = "start-up cache being recorded";
            }
        }
        String version = System.getProperty("java.version");
        String vendor = System.getProperty("java.vendor.version", System.getProperty("java.vendor", ""));
        String detail = version + (vendor.isBlank() ? "" : " (" + vendor + ")") + " at " + System.getProperty("java.home")
                + "; " + cache;
        boolean older = Runtime.version().feature() < 25;
        return new Check(Level.OK, "java", older ? detail + "; JDK 25 or later starts faster" : detail);
    }

    private static Check logFolder(Path dir) {
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            return new Check(Level.FAIL, "log folder", dir + " cannot be written");
        }
        return new Check(Level.OK, "log folder", dir + (existing.equals(dir) ? " is writable" : " can be created"));
    }
}

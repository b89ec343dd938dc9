package dev.needle.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The launcher ({@code ./needle}) as a user runs it, on every JDK of 17 or later the machine has: it
 * picks the newest JDK by itself, and on JDK 25 or later records, assembles and then maps an
 * ahead-of-time cache, while a broken or stale cache never shows and never stops a start. Each test
 * runs a copy of the launcher beside a copy of the jar, so its caches stay out of the build's folder.
 */
class LauncherIT {
    private static final Duration ASSEMBLY = Duration.ofSeconds(120);
    @TempDir
    Path dir;
    private Path launcher;
    private Path target;
    private Path home;

    /** One JDK per feature version (the newest of each), from the usual Linux folder and the one running the tests. */
    record Jdk(Path java, String version, int feature) {
        @Override
        public String toString() {
            return "JDK " + version;
        }
    }

    static List<Jdk> jdks() throws IOException {
        Map<Integer, Jdk> newest = new TreeMap<>();
        List<Path> homes = new ArrayList<>();
        homes.add(Path.of(System.getProperty("java.home")));
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> listed = Files.list(jvms)) {
                listed.sorted().forEach(homes::add);
            }
        }
        for (Path jdkHome : homes) {
            Path java = jdkHome.resolve("bin/java");
            Optional<String> version = releaseVersion(jdkHome);
            if (!Files.isExecutable(java) || version.isEmpty()) {
                continue;
            }
            int feature = Integer.parseInt(version.get().split("[.+-]")[0]);
            if (feature >= 17) {
                newest.merge(feature, new Jdk(java, version.get(), feature),
                        (a, b) -> Runtime.Version.parse(a.version()).compareTo(Runtime.Version.parse(b.version())) >= 0 ? a : b);
            }
        }
        return List.copyOf(newest.values());
    }

    private static Optional<String> releaseVersion(Path jdkHome) throws IOException {
        Path release = jdkHome.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        return Files.readAllLines(release, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("JAVA_VERSION="))
                .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", ""))
                .findFirst();
    }

    private static Optional<Jdk> aheadOfTimeJdk() throws IOException {
        return jdks().stream().filter(jdk -> jdk.feature() >= 25).max(Comparator.comparingInt(Jdk::feature));
    }

    @BeforeEach
    void checkout() throws IOException {
        Path root = dir.resolve("checkout");
        target = Files.createDirectories(root.resolve("app/target"));
        launcher = root.resolve("needle");
        Files.copy(Path.of("..", "needle"), launcher);
        launcher.toFile().setExecutable(true);
        Files.copy(Tools.needleJar(), target.resolve("needle.jar"));
        Files.setLastModifiedTime(target.resolve("needle.jar"), FileTime.from(Instant.now().minusSeconds(60)));
        home = Files.createDirectories(dir.resolve("home"));
    }

    @ParameterizedTest
    @MethodSource("jdks")
    void commandsAndTheFullScreenRunOnEachJdk(Jdk jdk) throws Exception {
        Run version = run(env(jdk), "--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("needle ");
        assertThat(version.err()).isEmpty();
        assertThat(run(env(jdk), "doctor").out()).contains("java          " + jdk.version());

        fullScreenOnce(env(jdk));
    }

    /**
     * A walk rebuilt the jar (sources pulled) while a full-screen session was open: the next command
     * exited 3, "cannot open the database", because the session, asked to let it join, could no longer
     * load H2's server classes from a jar written over in place. Here the build is a stand-in `mvn` that
     * writes the same classes, laid out anew, over the jar as a build tool may.
     */
    @Test
    void aRebuildWhileASessionRunsLeavesThatSessionItsJar() throws Exception {
        Jdk jdk = jdks().get(jdks().size() - 1);
        Path relaidJar = dir.resolve("relaid.jar");
        relay(Tools.needleJar(), relaidJar);
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path mvn = Files.writeString(bin.resolve("mvn"), "#!/bin/sh\ncat " + Shell.quote(relaidJar.toString())
                + " > app/target/needle.jar\n");
        mvn.toFile().setExecutable(true);
        Map<String, String> env = withoutCache(env(jdk));
        env.put("PATH", bin + ":/usr/bin:/bin");

        try (Tmux session = Tmux.start(dir, env, 80, 24, Shell.quote(launcher.toString()) + " --data-dir " + data())) {
            session.waitForText("Welcome to Needle");
            Path source = Files.createDirectories(launcher.resolveSibling("app/src/main/java")).resolve("Pulled.java");
            Files.writeString(source, "// newer than the jar: the next start builds it again\n");

            Run joined = run(env, "--data-dir", data(), "contacts", "ana");

            assertThat(joined.err()).isEmpty();
            assertThat(joined.exit()).isZero();
            session.sendKeys("C-c");
            session.waitForText("[exit 0]");
        }
    }

    /** The jar's entries written again with no compression: the same classes at other places in the file. */
    private static void relay(Path from, Path to) throws IOException {
        try (java.util.zip.ZipFile source = new java.util.zip.ZipFile(from.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            out.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
            for (var entries = source.entries(); entries.hasMoreElements();) {
                java.util.zip.ZipEntry entry = entries.nextElement();
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                try (var in = source.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    @Test
    void picksTheNewestJdkWhenNotTold() throws Exception {
        Jdk newest = jdks().get(jdks().size() - 1);
        Map<String, String> env = new LinkedHashMap<>(env(newest));
        env.remove("NEEDLE_JAVA");
        env.put("PATH", "/usr/bin:/bin");

        assertThat(run(env, "doctor").out()).contains("java          " + newest.version());
    }

    @Test
    void aheadOfTimeCacheIsRecordedThenAssembledThenUsed() throws Exception {
        Optional<Jdk> jdk = aheadOfTimeJdk();
        assumeTrue(jdk.isPresent(), "no JDK 25 or later on this machine");
        Map<String, String> env = env(jdk.get());

        fullScreenOnce(env);
        assertThat(cacheFiles()).as("the first full-screen run records what it loads")
                .anyMatch(name -> name.contains(".aot.conf."));
        fullScreenOnce(env);
        Path cache = target.resolve("needle-jdk" + jdk.get().version() + ".aot");
        waitForAssembly(cache);

        Path aotLog = dir.resolve("aot.log");
        env.put("NEEDLE_JAVA_OPTS", "-Xlog:aot=info:file=" + aotLog);
        fullScreenOnce(env);
        assertThat(Files.readString(aotLog)).contains("Opened AOT cache");
    }

    @Test
    void theFullScreenCacheIsRecordedFromAStartOfItsOwnNotFromTheSession() throws Exception {
        Optional<Jdk> jdk = aheadOfTimeJdk();
        assumeTrue(jdk.isPresent(), "no JDK 25 or later on this machine");
        Map<String, String> env = env(jdk.get());
        fullScreenOnce(withoutCache(env)); // the data folder, made by a first session

        String after;
        try (Tmux tmux = Tmux.start(dir, env, 80, 24, Shell.quote(launcher.toString()))) {
            tmux.waitForText("Welcome to Needle");
            tmux.sendKeys("Escape");
            tmux.sendKeys("3"); // the contacts screen: what this session loads beyond its first frame
            tmux.waitForText("Contacts");
            tmux.sendKeys("C-c");
            after = tmux.waitForText("[exit 0]");
        }

        assertThat(after).contains("needle: preparing a faster start for next time");
        List<Path> recorded;
        try (Stream<Path> files = Files.list(target)) {
            recorded = files.filter(file -> file.getFileName().toString().contains(".aot.conf.")).toList();
        }
        assertThat(recorded).hasSize(1);
        String classes = new String(Files.readAllBytes(recorded.get(0)), StandardCharsets.ISO_8859_1);
        assertThat(classes).as("what the first frame loads is recorded")
                .contains("dev/needle/adapter/tui/screen/TodayView");
        assertThat(classes).as("what only the session loaded is not")
                .doesNotContain("dev/needle/adapter/tui/screen/ContactOrder");
    }

    @Test
    void aBrokenCacheNeitherShowsNorStopsAStart() throws Exception {
        Optional<Jdk> jdk = aheadOfTimeJdk();
        assumeTrue(jdk.isPresent(), "no JDK 25 or later on this machine");
        Path cache = target.resolve("needle-jdk" + jdk.get().version() + ".aot");
        Files.writeString(cache, "not a cache, though newer than the jar");

        Run version = run(env(jdk.get()), "--version");
        assertThat(version.exit()).isZero();
        assertThat(version.err()).isEmpty();
        String screen = fullScreenOnce(env(jdk.get()));
        assertThat(screen).doesNotContainIgnoringCase("error");
    }

    @Test
    void aCacheOlderThanTheJarIsNotUsed() throws Exception {
        Optional<Jdk> jdk = aheadOfTimeJdk();
        assumeTrue(jdk.isPresent(), "no JDK 25 or later on this machine");
        Map<String, String> env = env(jdk.get());
        fullScreenOnce(env);
        fullScreenOnce(env);
        Path cache = target.resolve("needle-jdk" + jdk.get().version() + ".aot");
        waitForAssembly(cache);
        Files.setLastModifiedTime(target.resolve("needle.jar"), FileTime.from(Instant.now().plusSeconds(5)));

        Path aotLog = dir.resolve("aot.log");
        env.put("NEEDLE_JAVA_OPTS", "-Xlog:aot=info:file=" + aotLog);
        fullScreenOnce(env);
        assertThat(Files.exists(aotLog) ? Files.readString(aotLog) : "").doesNotContain("Opened AOT cache");
        assertThat(cacheFiles()).as("a stale cache makes the run record again").anyMatch(name -> name.contains(".aot.conf."));
    }

    @Test
    void scriptCommandsRecordACacheOfTheirOwnThenUseIt() throws Exception {
        Optional<Jdk> jdk = aheadOfTimeJdk();
        assumeTrue(jdk.isPresent(), "no JDK 25 or later on this machine");
        Map<String, String> env = env(jdk.get());
        run(withoutCache(env), "--data-dir", data(), "contacts"); // the folder's first run makes the database
        Run uncached = run(withoutCache(env), "--data-dir", data(), "contacts", "--json");

        Run recording = run(env, "--data-dir", data(), "contacts", "--json");
        assertThat(recording).as("a recording run answers as any other").isEqualTo(uncached);
        assertThat(cacheFiles()).as("the first script command records what it loads")
                .anyMatch(name -> name.startsWith("needle-script-contacts-options-jdk") && name.contains(".aot.conf."))
                .noneMatch(name -> name.startsWith("needle-jdk")); // the full screen's stays the full screen's
        assertThat(run(env, "--data-dir", data(), "due")).as("due trains a cache of its own")
                .isEqualTo(run(withoutCache(env), "--data-dir", data(), "due"));
        assertThat(cacheFiles()).anyMatch(name -> name.startsWith("needle-script-due-jdk") && name.contains(".aot.conf."));
        assertThat(run(env, "--data-dir", data(), "contacts", "ann")).as("the plain form, without picocli, another")
                .isEqualTo(run(withoutCache(env), "--data-dir", data(), "contacts", "ann"));
        assertThat(cacheFiles()).anyMatch(name -> name.startsWith("needle-script-contacts-jdk") && name.contains(".aot.conf."));
        assertThat(run(env, "--data-dir", data(), "contacts", "--json")).as("the run that assembles it").isEqualTo(uncached);
        Path cache = target.resolve("needle-script-contacts-options-jdk" + jdk.get().version() + ".aot");
        waitForAssembly(cache);

        Path aotLog = dir.resolve("aot.log");
        env.put("NEEDLE_JAVA_OPTS", "-Xlog:aot=info:file=" + aotLog);
        assertThat(run(env, "--data-dir", data(), "contacts", "--json")).isEqualTo(uncached);
        assertThat(Files.readString(aotLog)).contains("Opened AOT cache").contains("needle-script-contacts-options-jdk");
        assertThat(run(env(jdk.get()), "--version").err()).isEmpty();
    }

    @Test
    void scriptCommandsKeepAClassDataArchiveOfTheirOwnBeforeJdk25() throws Exception {
        Optional<Jdk> jdk = jdks().stream().filter(j -> j.feature() < 25).findFirst();
        assumeTrue(jdk.isPresent(), "no JDK 17 to 24 on this machine");
        Map<String, String> env = env(jdk.get());
        run(withoutCache(env), "--data-dir", data(), "contacts"); // the folder's first run makes the database
        Run uncached = run(withoutCache(env), "--data-dir", data(), "query", "ana");

        assertThat(run(env, "--data-dir", data(), "query", "ana")).isEqualTo(uncached);
        assertThat(target.resolve("needle-script-query.jsa")).exists();
        assertThat(target.resolve("needle.jsa")).doesNotExist();
        assertThat(run(env, "--data-dir", data(), "query", "ana")).isEqualTo(uncached);
        run(env, "doctor"); // the other commands' shared archive, written by the first of them
        assertThat(target.resolve("needle-script.jsa")).exists();
        assertThat(run(env, "doctor").out()).contains("class-data archive in use");
    }

    @ParameterizedTest
    @MethodSource("jdks")
    void theCommandLineLibraryComesFromTheCacheToo(Jdk jdk) throws Exception {
        Map<String, String> env = env(jdk);
        run(withoutCache(env), "--data-dir", data(), "contacts"); // the folder's first run makes the database
        run(env, "--data-dir", data(), "contacts", "--json"); // records
        if (jdk.feature() >= 25) {
            run(env, "--data-dir", data(), "contacts", "--json"); // assembles in the background
            waitForAssembly(target.resolve("needle-script-contacts-options-jdk" + jdk.version() + ".aot"));
        }

        Path loaded = dir.resolve("class-load.log");
        env.put("NEEDLE_JAVA_OPTS", "-Xlog:class+load=info:file=" + loaded);
        assertThat(run(env, "--data-dir", data(), "contacts", "--json").exit()).isZero();
        List<String> picocli = Files.readAllLines(loaded).stream().filter(line -> line.contains(" picocli.")).toList();
        assertThat(picocli).isNotEmpty().allMatch(line -> line.contains("source: shared objects file"));
    }

    /** Building picocli's model of a command cost a script's run ~60 ms of CPU; the plain forms build none. */
    @ParameterizedTest
    @MethodSource("jdks")
    void plainScriptCommandsBuildNoCommandLineModel(Jdk jdk) throws Exception {
        Map<String, String> env = withoutCache(env(jdk));
        run(env, "--data-dir", data(), "contacts"); // the folder's first run makes the database
        Path loaded = dir.resolve("class-load.log");
        env.put("NEEDLE_JAVA_OPTS", "-Xlog:class+load=info:file=" + loaded);
        for (List<String> words : List.of(List.of("contacts", "ann"), List.of("query", "ana", "berg"), List.of("due"))) {
            List<String> args = new ArrayList<>(List.of("--data-dir", data()));
            args.addAll(words);
            Run answered = run(env, args.toArray(String[]::new));
            assertThat(answered.exit()).as(String.join(" ", words)).isIn(0, 1); // query: 1 when no address matches
            assertThat(answered.err()).as(String.join(" ", words)).isEmpty();
            assertThat(Files.readAllLines(loaded)).as(String.join(" ", words))
                    .noneMatch(line -> line.contains(" picocli.CommandLine$Model"));
        }
        assertThat(run(env, "--data-dir", data(), "contacts", "--json").exit()).isZero();
        assertThat(Files.readAllLines(loaded)).as("a form with an option still builds it")
                .anyMatch(line -> line.contains(" picocli.CommandLine$Model"));
    }

    @ParameterizedTest
    @MethodSource("jdks")
    void aScriptCommandRefusedForItsArgumentsRecordsNothing(Jdk jdk) throws Exception {
        Run refused = run(env(jdk), "--data-dir", data(), "contacts", "--frobnicate");

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).startsWith("needle contacts: unknown option: '--frobnicate'").hasLineCount(1);
        assertThat(cacheFiles()).containsExactly("needle.jar");
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private static Map<String, String> withoutCache(Map<String, String> env) {
        Map<String, String> off = new LinkedHashMap<>(env);
        off.put("NEEDLE_CDS", "0");
        return off;
    }

    private Map<String, String> env(Jdk jdk) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", home.toString());
        env.put("PATH", "/usr/bin:/bin");
        env.put("TERM", "xterm-256color");
        env.put("LANG", "C.UTF-8");
        env.put("NEEDLE_JAVA", jdk.java().toString());
        return env;
    }

    /** Starts the full-screen UI through the launcher in tmux, waits for its first screen and quits. */
    private String fullScreenOnce(Map<String, String> env) throws Exception {
        try (Tmux tmux = Tmux.start(dir, env, 80, 24, Shell.quote(launcher.toString()))) {
            String screen = tmux.waitForText("Welcome to Needle");
            tmux.sendKeys("C-c");
            tmux.waitForText("[exit 0]");
            return screen;
        }
    }

    private void waitForAssembly(Path cache) throws Exception {
        Instant deadline = Instant.now().plus(ASSEMBLY);
        Path making = cache.resolveSibling(cache.getFileName() + ".making");
        while ((!Files.exists(cache) || Files.exists(making)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(cache).as("the second start assembles the cache in the background").exists();
        assertThat(making).doesNotExist();
    }

    private List<String> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(env);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish within 60 s: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}

package dev.needle.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.app.e2e.NeedleUser.Person;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Needle in the address-book ecosystem, for real: the built jar, a Radicale CardDAV server on
 * 127.0.0.1 with a throwaway folder, vdirsyncer between the server and Needle's vdir, and khard reading
 * that vdir. Contacts created in the full-screen UI reach the server; a card changed on the server (an
 * HTTP PUT) comes back with Needle's own fields intact; deletions go both ways; khard reads every card.
 */
class VdirSyncIT {
    private static final Person ADA = new Person("Ada Lovelace", "Analytical Engines", "Mathematician");
    private static final Person GRACE = new Person("Grace Hopper", "Navy", "");
    private static final Person ALAN = new Person("Alan Turing", "Bletchley Park", "");
    private static final String USER = "needle";

    @TempDir
    Path work;
    private Path home;
    private Path vdir;
    private String server;
    private Process radicale;

    @BeforeEach
    void startTheServer() throws Exception {
        Tools.require("tmux", "/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux");
        Path radicaleProgram = Tools.require("radicale (Debian package radicale)", "/usr/bin/radicale", "/usr/local/bin/radicale");
        Tools.require("vdirsyncer (Debian package vdirsyncer)", "/usr/bin/vdirsyncer", "/usr/local/bin/vdirsyncer");
        Tools.require("khard (Debian package khard)", "/usr/bin/khard", "/usr/local/bin/khard");
        home = Files.createDirectory(work.resolve("home"));
        vdir = home.resolve(".contacts").resolve("needle");
        int port = freePort();
        server = "http://127.0.0.1:" + port;
        Path config = Files.writeString(work.resolve("radicale.conf"), String.join("\n",
                "[server]", "hosts = 127.0.0.1:" + port, "[auth]", "type = none",
                "[storage]", "filesystem_folder = " + work.resolve("radicale-storage"),
                "[logging]", "level = warning", ""));
        radicale = new ProcessBuilder(radicaleProgram.toString(), "--config", config.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("radicale.log").toFile()).start();
        awaitServer();
        Path vdirsyncer = Files.createDirectories(home.resolve(".config/vdirsyncer"));
        Files.writeString(vdirsyncer.resolve("config"), String.join("\n",
                "[general]", "status_path = \"~/.local/share/vdirsyncer/status/\"", "",
                "[pair contacts]", "a = \"contacts_local\"", "b = \"contacts_server\"", "collections = [\"from a\"]", "",
                "[storage contacts_local]", "type = \"filesystem\"", "path = \"~/.contacts/\"", "fileext = \".vcf\"", "",
                "[storage contacts_server]", "type = \"carddav\"", "url = \"" + server + "/\"",
                "username = \"" + USER + "\"", "password = \"anything\"", ""));
        Path khard = Files.createDirectories(home.resolve(".config/khard"));
        Files.writeString(khard.resolve("khard.conf"), String.join("\n",
                "[addressbooks]", "[[needle]]", "path = ~/.contacts/needle/", "", "[general]", "default_action = list", ""));
    }

    @AfterEach
    void stopTheServer() throws InterruptedException {
        if (radicale != null) {
            radicale.destroy();
            radicale.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void needleAndACardDavServerStayInStepThroughVdirsyncer() throws Exception {
        try (Tmux tmux = fullScreen()) {
            NeedleUser user = new NeedleUser(tmux);
            skipSetup(tmux);
            user.capture(ADA, GRACE, ALAN);
            user.setLookingFor(ADA.name(), "mentor");
            user.quit();
        }
        assertThat(needle("sync", "vdir", vdir.toString())).contains("3 added");
        assertThat(cardFiles()).hasSize(3);
        shell("yes | vdirsyncer discover && vdirsyncer sync");

        // Created in Needle, read back from the server over HTTP, with Needle's own field in it.
        Map<String, String> onServer = serverCards();
        assertThat(onServer).hasSize(3);
        String adaHref = hrefOf(onServer, ADA.name());
        assertThat(onServer.get(adaHref)).contains("ORG:Analytical Engines", "X-NEEDLE-LOOKING-FOR:mentor", "UID:");

        // Changed on the server: a PUT of the card with another company, by a program whose REV is its own.
        String changed = onServer.get(adaHref).replace("ORG:Analytical Engines", "ORG:Royal Society")
                .replaceFirst("REV:[0-9TZ]+", "REV:20200101T000000Z");
        assertThat(send(HttpRequest.newBuilder(URI.create(server + adaHref)).header("Content-Type", "text/vcard")
                .PUT(HttpRequest.BodyPublishers.ofString(changed))).statusCode()).isBetween(200, 204);
        shell("vdirsyncer sync");
        assertThat(needle("sync", "vdir", vdir.toString())).contains("updated Ada Lovelace (company)");
        String ada = contactJson(needle("contacts", "--json"), ADA.name());
        assertThat(ada).contains("\"company\":\"Royal Society\"", "\"role\":\"Mathematician\"",
                "\"looking_for\":[\"mentor\"]");

        // Changed in Needle: the card reaches the server with a REV of the change, and khard shows it.
        try (Tmux tmux = fullScreen()) {
            NeedleUser user = new NeedleUser(tmux);
            skipSetup(tmux);
            user.appendToRole(ADA.name(), " and poet");
            user.quit();
        }
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertThat(needle("sync", "vdir", vdir.toString())).contains("updated Ada Lovelace");
        Instant after = Instant.now();
        shell("vdirsyncer sync");
        String revised = serverCards().get(adaHref);
        assertThat(revised).contains("TITLE:Mathematician and poet").doesNotContain("20200101");
        Instant rev = revOf(revised);
        assertThat(rev).isBetween(before, after);
        Result shown = run(List.of("khard", "show", "--format", "vcard", "Ada"), "");
        assertThat(shown.err()).isEmpty();
        assertThat(shown.out().replace("\r\n ", "")).contains("TITLE:Mathematician and poet", "REV:" + REV.format(rev));
        // Nothing changed since: neither side sees a change, and the card is not written again.
        byte[] card = Files.readAllBytes(vdir.resolve(hrefOf(cardTexts(), ADA.name())));
        shell("vdirsyncer sync");
        assertThat(needle("sync", "vdir", vdir.toString()))
                .contains("Synced: Needle 0 added, 0 updated, 0 deleted; address book 0 added, 0 updated, 0 deleted.");
        assertThat(Files.readAllBytes(vdir.resolve(hrefOf(cardTexts(), ADA.name())))).isEqualTo(card);

        // khard lists every card of Needle's vdir, and says nothing else.
        Result khard = run(List.of("khard", "list"), "");
        assertThat(khard.exitCode()).isZero();
        assertThat(khard.err()).isEmpty();
        assertThat(khard.out()).contains(ADA.name(), GRACE.name(), ALAN.name());

        // Deleted on the server: gone from Needle.
        String graceHref = hrefOf(onServer, GRACE.name());
        assertThat(send(HttpRequest.newBuilder(URI.create(server + graceHref)).DELETE()).statusCode()).isBetween(200, 204);
        shell("vdirsyncer sync");
        assertThat(needle("sync", "vdir", vdir.toString())).contains("deleted Grace Hopper");
        assertThat(needle("contacts", "--json")).doesNotContain(GRACE.name()).contains(ADA.name(), ALAN.name());

        // Deleted in Needle: gone from the server.
        try (Tmux tmux = fullScreen()) {
            NeedleUser user = new NeedleUser(tmux);
            skipSetup(tmux);
            user.goTo('3', "Stage");
            tmux.sendKeys("/");
            tmux.type(ALAN.name());
            tmux.sendKeys("Enter");
            tmux.waitForText("1 found");
            tmux.sendKeys("d");
            tmux.waitForText("y/N");
            tmux.sendKeys("y");
            tmux.waitForText("Deleted " + ALAN.name() + ".");
            tmux.sendKeys("Escape");
            user.quit();
        }
        String alanHref = hrefOf(onServer, ALAN.name());
        assertThat(needle("sync", "vdir", vdir.toString())).contains("deleted Alan Turing");
        shell("vdirsyncer sync");
        assertThat(send(HttpRequest.newBuilder(URI.create(server + alanHref)).GET()).statusCode()).isEqualTo(404);
        assertThat(serverCards()).hasSize(1);

        Result khardAfter = run(List.of("khard", "list"), "");
        assertThat(khardAfter.err()).isEmpty();
        assertThat(khardAfter.out()).contains(ADA.name()).doesNotContain(GRACE.name(), ALAN.name());
    }

    // ---- the programs ------------------------------------------------------------------------------

    private Tmux fullScreen() throws Exception {
        String java = Shell.quote(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return Tmux.start(work, environment(), 80, 24, java + " -jar " + Shell.quote(Tools.needleJar().toString()));
    }

    /** No direction is set in this test, so each start offers the setup; Esc leaves it. */
    private static void skipSetup(Tmux tmux) throws Exception {
        tmux.waitForText("Setup 1/3");
        tmux.sendKeys("Escape");
        tmux.waitForGone("Setup 1/3");
    }

    private Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", home.toString());
        env.put("TERM", "xterm-256color");
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "C.UTF-8");
        return env;
    }

    record Result(int exitCode, String out, String err) {
    }

    private String needle(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Tools.needleJar().toString()));
        command.addAll(List.of(arguments));
        Result result = run(command, "");
        assertThat(result.exitCode()).as("needle %s: %s", String.join(" ", arguments), result.err()).isZero();
        return result.out();
    }

    private void shell(String script) throws Exception {
        Result result = run(List.of("/bin/sh", "-c", script), "");
        assertThat(result.exitCode()).as("%s: %s%s", script, result.out(), result.err()).isZero();
    }

    private Result run(List<String> command, String input) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment());
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            // khard once spun at full CPU for over half an hour after this timeout, slowing every later test.
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(finished).as("%s finishes", command).isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    // ---- the server over HTTP ------------------------------------------------------------------------

    /** Every card in the address book vdirsyncer created on the server, by its path. */
    private Map<String, String> serverCards() throws Exception {
        String book = server + "/" + USER + "/needle/";
        HttpResponse<String> listing = send(HttpRequest.newBuilder(URI.create(book)).header("Depth", "1")
                .method("PROPFIND", HttpRequest.BodyPublishers.noBody()));
        assertThat(listing.statusCode()).isEqualTo(207);
        Map<String, String> cards = new LinkedHashMap<>();
        Matcher href = Pattern.compile("<href>([^<]+\\.vcf)</href>").matcher(listing.body());
        while (href.find()) {
            HttpResponse<String> card = send(HttpRequest.newBuilder(URI.create(server + href.group(1))).GET());
            assertThat(card.statusCode()).isEqualTo(200);
            cards.put(href.group(1), card.body().replace("\r\n ", ""));
        }
        return cards;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        String login = Base64.getEncoder().encodeToString((USER + ":anything").getBytes(StandardCharsets.UTF_8));
        // A client per request: Radicale may close a kept-alive connection the next request would reuse.
        HttpClient http = HttpClient.newHttpClient();
        return http.send(request.header("Authorization", "Basic " + login).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Radicale takes a moment to listen; it is asked until it answers (or has clearly failed). */
    private void awaitServer() throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try {
                send(HttpRequest.newBuilder(URI.create(server + "/")).GET());
                return;
            } catch (IOException notYet) {
                if (!radicale.isAlive() || Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("Radicale did not start: " + Files.readString(work.resolve("radicale.log")),
                            notYet);
                }
                Thread.sleep(200);
            }
        }
    }

    private List<Path> cardFiles() throws IOException {
        try (Stream<Path> files = Files.list(vdir)) {
            return files.filter(file -> file.toString().endsWith(".vcf")).toList();
        }
    }

    /** Every card of Needle's vdir by file name, unfolded. */
    private Map<String, String> cardTexts() throws IOException {
        Map<String, String> cards = new LinkedHashMap<>();
        for (Path file : cardFiles()) {
            cards.put(file.getFileName().toString(), Files.readString(file).replace("\r\n ", ""));
        }
        return cards;
    }

    private static final DateTimeFormatter REV = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** The moment a card's REV names, in the UTC basic form Needle writes. */
    private static Instant revOf(String card) {
        Matcher rev = Pattern.compile("(?m)^REV:([0-9]{8}T[0-9]{6}Z)\r?$").matcher(card);
        assertThat(rev.find()).as("a REV in %s", card).isTrue();
        return REV.parse(rev.group(1), Instant::from);
    }

    private static String hrefOf(Map<String, String> cards, String name) {
        return cards.entrySet().stream().filter(card -> card.getValue().contains("FN:" + name)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("no card for " + name + " in " + cards.keySet()));
    }

    /** The one object of {@code needle contacts --json} about {@code name}. */
    private static String contactJson(String json, String name) {
        Matcher contact = Pattern.compile("\\{[^{}]*\"name\":\"" + Pattern.quote(name) + "\"[^{}]*\\}").matcher(json);
        assertThat(contact.find()).as("%s in %s", name, json).isTrue();
        return contact.group();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

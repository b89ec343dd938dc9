package dev.needle.adapter.interchange.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.needle.adapter.interchange.InterchangeException;
import dev.needle.application.port.in.LogMailUseCase;
import dev.needle.application.port.in.MailAddress;
import dev.needle.application.port.in.MailMessage;
import dev.needle.application.port.out.MailReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headers read from a Maildir, an mbox and a real notmuch index, all written by the test. */
class MailFilesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static final String FIRST = """
            From: =?UTF-8?Q?Ana_Ru=C3=ADz?= <ana@example.org>
            To: Me <me@example.net>
            Date: Mon, 16 Mar 2026 09:15:00 +0100
            Message-ID: <a1@example.org>
            Subject: =?UTF-8?B?Q2Fmw6k=?= next
             week?

            Body is never read.
            """;
    static final String REPLY = """
            From: Me <me@example.net>
            To: "Ruiz, Ana" <ana@example.org>,
            \tBob <bob@example.com>
            Cc: carl@example.com (Carl Weber)
            Date: Mon, 16 Mar 2026 23:30:00 -0000
            Message-ID: <m2@example.net>
            In-Reply-To: <a1@example.org>
            References: <a1@example.org>
            Subject: Re: Café next week?

            Yes.
            """;
    static final String LIST = """
            From: Dev list <dev@lists.example.org>
            To: dev@lists.example.org
            List-Id: Developers <dev.lists.example.org>
            Precedence: list
            Date: Tue, 17 Mar 2026 10:00:00 +0000
            Message-ID: <l3@lists.example.org>
            Subject: [dev] digest

            """;
    static final String NO_ID = """
            From: no-reply@shop.example
            To: me@example.net
            Date: 18 Mar 2026 10:00 GMT
            Auto-Submitted: auto-generated
            Subject: your order

            """;

    @TempDir
    Path dir;

    private final MailFiles files = new MailFiles(BERLIN, new Notmuch("notmuch", Map.of()));

    private Path maildir() throws IOException {
        Path box = dir.resolve("Mail");
        for (String part : List.of("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp", ".Drafts/cur")) {
            Files.createDirectories(box.resolve(part));
        }
        Files.writeString(box.resolve("cur/1.host:2,S"), FIRST.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        Files.writeString(box.resolve(".Sent/cur/2.host:2,S"), REPLY, StandardCharsets.UTF_8);
        Files.writeString(box.resolve("new/3.host"), LIST, StandardCharsets.UTF_8);
        Files.writeString(box.resolve("new/4.host"), NO_ID, StandardCharsets.UTF_8);
        Files.writeString(box.resolve(".Drafts/cur/5.host:2,D"), "Subject: unfinished\n\n", StandardCharsets.UTF_8);
        return box;
    }

    @Test
    void aMaildirGivesDecodedUnfoldedHeadersAndThreadsFromReferences() throws IOException {
        List<MailMessage> read = files.read(new LogMailUseCase.Source(LogMailUseCase.Kind.MAILDIR, maildir().toString())).messages();

        assertThat(read).hasSize(4); // the draft is not an exchange
        MailMessage first = read.stream().filter(m -> m.messageId().equals(java.util.Optional.of("a1@example.org"))).findFirst().orElseThrow();
        assertThat(first.from()).isEqualTo(new MailAddress("Ana Ruíz", "ana@example.org"));
        assertThat(first.subject()).isEqualTo("Café next week?");
        assertThat(first.sent()).isEqualTo(LocalDateTime.of(2026, 3, 16, 9, 15));
        MailMessage reply = read.stream().filter(m -> m.messageId().equals(java.util.Optional.of("m2@example.net"))).findFirst().orElseThrow();
        assertThat(reply.threadId()).isEqualTo("a1@example.org");
        assertThat(reply.to()).containsExactly(new MailAddress("Ruiz, Ana", "ana@example.org"),
                new MailAddress("Bob", "bob@example.com"));
        assertThat(reply.cc()).containsExactly(new MailAddress("Carl Weber", "carl@example.com"));
        // 23:30 UTC is the next day in Berlin: the day counts where the user lives.
        assertThat(reply.sent()).isEqualTo(LocalDateTime.of(2026, 3, 17, 0, 30));
        MailMessage list = read.stream().filter(m -> m.subject().startsWith("[dev]")).findFirst().orElseThrow();
        assertThat(list.automation().listId()).isEqualTo("Developers <dev.lists.example.org>");
        assertThat(list.automation().precedence()).isEqualTo("list");
        MailMessage order = read.stream().filter(m -> m.subject().equals("your order")).findFirst().orElseThrow();
        assertThat(order.messageId()).isEmpty();
        assertThat(order.threadId()).startsWith("no-id-");
        assertThat(order.automation().autoSubmitted()).isEqualTo("auto-generated");
        // Without a Message-ID the key still comes from the message alone: the same on every read.
        assertThat(files.read(new LogMailUseCase.Source(LogMailUseCase.Kind.MAILDIR, dir.resolve("Mail").toString())).messages())
                .filteredOn(m -> m.subject().equals("your order")).extracting(MailMessage::threadId).containsExactly(order.threadId());
    }

    /** Some mailers write the hour in one digit; the message was still sent that day, at that time. */
    @Test
    void aDateWithAOneDigitHourAndAZoneCommentIsRead() throws IOException {
        Path box = dir.resolve("Mail");
        for (String part : List.of("cur", "new", "tmp")) {
            Files.createDirectories(box.resolve(part));
        }
        Files.writeString(box.resolve("new/6.host"), """
                From: "=?iso-8859-1?q?=D8stergaard=2C_S=F8ren?=" <soren@orsted.example>
                To: Me <me@example.net>
                Subject: Call next week
                Date: Mon, 7 Dec 2026 9:05:12 +0100 (CET)
                Message-ID: <s1@orsted.example>

                """, StandardCharsets.UTF_8);

        var read = files.read(new LogMailUseCase.Source(LogMailUseCase.Kind.MAILDIR, box.toString()));

        assertThat(read.unreadable()).isEmpty();
        assertThat(read.messages()).singleElement().satisfies(message -> {
            assertThat(message.from()).isEqualTo(new MailAddress("Østergaard, Søren", "soren@orsted.example"));
            assertThat(message.sent()).isEqualTo(LocalDateTime.of(2026, 12, 7, 9, 5, 12));
        });
    }

    @Test
    void anMboxIsSplitAtItsFromLines() throws IOException {
        Path mbox = dir.resolve("sent.mbox");
        Files.writeString(mbox, "From ana@example.org Mon Mar 16 09:15:00 2026\n" + FIRST + "\n"
                + "From me@example.net Mon Mar 16 23:30:00 2026\n" + REPLY + ">From the body, escaped\n\n"
                + "From dev@lists.example.org Tue Mar 17 10:00:00 2026\n" + LIST, StandardCharsets.UTF_8);

        List<MailMessage> read = files.read(new LogMailUseCase.Source(LogMailUseCase.Kind.MBOX, mbox.toString())).messages();

        assertThat(read).extracting(MailMessage::subject).containsExactly("Café next week?", "Re: Café next week?", "[dev] digest");
        assertThat(read.get(1).where()).isEqualTo(mbox + ": message 2 (line 11)");
    }

    @Test
    void aMessageWithoutADateIsLeftOutAndNamedWhileTheOthersAreRead() throws IOException {
        Path mbox = dir.resolve("broken.mbox");
        Files.writeString(mbox, "From a Mon Mar 16 09:15:00 2026\n" + FIRST + "\n"
                + "From b Mon Mar 16 09:15:00 2026\nFrom: b@example.org\nSubject: when?\n\n"
                + "From c Mon Mar 16 23:30:00 2026\n" + REPLY, StandardCharsets.UTF_8);

        MailReader.Read read = files.read(new LogMailUseCase.Source(LogMailUseCase.Kind.MBOX, mbox.toString()));

        assertThat(read.messages()).extracting(MailMessage::subject).containsExactly("Café next week?", "Re: Café next week?");
        assertThat(read.unreadable()).containsExactly(
                mbox + ": message 2 (line 11): no Date: header, so Needle cannot tell the day of this message");
    }

    @Test
    void aMaildirMessageWithoutAFromIsLeftOutAndNamed() throws IOException {
        Path box = maildir();
        Path odd = Files.writeString(box.resolve("new/9.host"), "Subject: bounce\nDate: 18 Mar 2026 10:00 GMT\n\n",
                StandardCharsets.UTF_8);

        MailReader.Read read = files.read(new LogMailUseCase.Source(LogMailUseCase.Kind.MAILDIR, box.toString()));

        assertThat(read.messages()).hasSize(4);
        assertThat(read.unreadable()).containsExactly(odd + ": no From: header; is this a mail message?");
    }

    @Test
    void aFileThatIsNoMboxAndAFolderThatIsNoMaildirAreRefusedByName() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "shopping list\n");
        assertThatThrownBy(() -> files.read(new LogMailUseCase.Source(LogMailUseCase.Kind.MBOX, text.toString())))
                .hasMessage(text + ": line 1: not an mbox file (an mbox starts each message with a line beginning \"From \")");
        assertThatThrownBy(() -> files.read(new LogMailUseCase.Source(LogMailUseCase.Kind.MAILDIR, dir.toString())))
                .hasMessage(dir + ": not a Maildir (it has no cur/ or new/ folder)");
    }

    @Test
    void aNotmuchQueryReadsTheFilesTheRealNotmuchIndexed() throws Exception {
        assumeTrue(onPath("notmuch"), "SKIPPED LOUDLY: notmuch is not installed; install the Debian package notmuch");
        Path box = maildir();
        Path config = dir.resolve("notmuch-config");
        Files.writeString(config, "[database]\npath=" + box + "\n[user]\nname=Me\nprimary_email=me@example.net\n"
                + "other_email=me@work.example\n[new]\ntags=unread;inbox;\n");
        Map<String, String> env = Map.of("NOTMUCH_CONFIG", config.toString());
        // The real notmuch, on the test's own config.
        ProcessBuilder builder = new ProcessBuilder("notmuch", "new").redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        Notmuch notmuch = new Notmuch("notmuch", env);
        List<MailMessage> read = new MailFiles(BERLIN, notmuch)
                .read(new LogMailUseCase.Source(LogMailUseCase.Kind.NOTMUCH, "from:ana@example.org or from:me@example.net"))
                .messages();

        assertThat(read).extracting(MailMessage::subject).containsExactlyInAnyOrder("Café next week?", "Re: Café next week?");
        assertThat(notmuch.userAddresses()).containsExactly("me@example.net", "me@work.example");
        // A sync moved a message away after indexing: the stale entry is passed over, not a failure.
        Files.move(box.resolve(".Sent/cur/2.host:2,S"), dir.resolve("moved-away"));
        assertThat(new MailFiles(BERLIN, notmuch)
                .read(new LogMailUseCase.Source(LogMailUseCase.Kind.NOTMUCH, "from:ana@example.org or from:me@example.net"))
                .messages())
                .extracting(MailMessage::subject).containsExactly("Café next week?");
        assertThatThrownBy(() -> new MailFiles(BERLIN, notmuch)
                .read(new LogMailUseCase.Source(LogMailUseCase.Kind.NOTMUCH, "date:nonsense..")))
                .isInstanceOf(InterchangeException.class).hasMessageStartingWith("notmuch failed on the query date:nonsense..");
    }

    static boolean onPath(String program) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }
}

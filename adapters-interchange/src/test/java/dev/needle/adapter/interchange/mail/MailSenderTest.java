package dev.needle.adapter.interchange.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.adapter.interchange.InterchangeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MailSenderTest {
    private static MailSender.Sender sender(String message) throws IOException {
        return MailSender.read(new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)), "stdin");
    }

    @Test
    void readsANameAndAddressInAngleBrackets() throws IOException {
        assertThat(sender("Return-Path: <x@y>\r\nFrom: \"Lima, Ana\" <ana@example.org>\r\nSubject: hi\r\n\r\nFrom: not@this.one\r\n"))
                .isEqualTo(new MailSender.Sender("Lima, Ana", "ana@example.org"));
    }

    @Test
    void decodesEncodedWordsAndUnfoldsTheHeader() throws IOException {
        assertThat(sender("Subject: x\nFrom: =?UTF-8?Q?Jos=C3=A9?= =?utf-8?B?TsO6w7Fleg==?=\n <jose@example.org>\n\nbody"))
                .isEqualTo(new MailSender.Sender("JoséNúñez", "jose@example.org"));
        assertThat(sender("from: =?ISO-8859-1?Q?Ren=E9_Dupont?= <rene@example.fr>\n\n"))
                .isEqualTo(new MailSender.Sender("René Dupont", "rene@example.fr"));
    }

    @Test
    void readsABareAddressAndTheOldCommentForm() throws IOException {
        assertThat(sender("From: bob@example.com\n\n")).isEqualTo(new MailSender.Sender("", "bob@example.com"));
        assertThat(sender("From: bob@example.com (Bob Stone)\n\n"))
                .isEqualTo(new MailSender.Sender("Bob Stone", "bob@example.com"));
    }

    @Test
    void aMessageWithoutASenderIsRefusedInOneLine() {
        assertThatThrownBy(() -> sender("Subject: no sender\n\nFrom: body@example.org\n"))
                .isInstanceOf(InterchangeException.class).hasMessage("stdin: no From: header; is this a mail message?");
        assertThatThrownBy(() -> sender("From: undisclosed\n\n"))
                .isInstanceOf(InterchangeException.class).hasMessageContaining("holds no address");
    }

    @Test
    void anEndlessHeaderIsRefusedWithoutReadingItAll() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        assertThatThrownBy(() -> MailSender.read(endless, "stdin"))
                .isInstanceOf(InterchangeException.class).hasMessageContaining("header is over 1 MB");
    }
}

package dev.needle.adapter.interchange.remind;

import dev.needle.application.port.out.ReminderChannel;
import dev.needle.domain.ReminderDigest;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * The digest as one plain-text mail, sent straight to an SMTP server (a provider's submission port,
 * or a relay on the home server) for machines without a local sendmail or msmtp. Every way the
 * conversation can fail becomes one line in the user's words, naming the server, never the library.
 */
public final class SmtpChannel implements ReminderChannel {
    /** A server that does not answer in this time will not answer; cron should hear of it. */
    static final int TIMEOUT_SECONDS = 30;
    private static final Pattern SERVER_REPLY = Pattern.compile("^[2-5]\\d\\d[ -].*");

    /** How the connection is protected: upgraded after connecting (submission, port 587), TLS from the start (465), or not at all. */
    public enum Security { STARTTLS, TLS, NONE }

    /** The server to talk to. */
    public record Server(String host, int port, Security security) {
    }

    /** The user name and password to log in with; the password is never shown. */
    public record Login(String user, String password) {
        @Override
        public String toString() {
            return "Login[user=" + user + "]";
        }
    }

    private final Server server;
    private final Optional<Login> login;
    private final String from;
    private final String to;
    private final Date sentAt;

    public SmtpChannel(Server server, Optional<Login> login, String from, String to, ZonedDateTime sentAt) {
        this.server = server;
        this.login = login;
        this.from = from;
        this.to = to;
        this.sentAt = Date.from(sentAt.toInstant());
    }

    @Override
    public void send(ReminderDigest digest) {
        Session session = Session.getInstance(properties());
        MimeMessage message;
        Address recipient;
        try {
            recipient = new InternetAddress(to, true);
            message = message(session, digest, recipient);
        } catch (AddressException e) {
            throw new ReminderChannel.Failed("\"" + e.getRef() + "\" is not a mail address Needle can send from or to "
                    + "(remind: mail: to and from in config.yaml)");
        } catch (MessagingException e) {
            throw new ReminderChannel.Failed("the reminder mail could not be written: " + e.getMessage());
        }
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(server.host(), server.port(), login.map(Login::user).orElse(null),
                    login.map(Login::password).orElse(null));
            transport.sendMessage(message, new Address[] {recipient});
        } catch (MessagingException e) {
            throw new ReminderChannel.Failed(explain(e));
        }
    }

    private MimeMessage message(Session session, ReminderDigest digest, Address recipient) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from, true));
        message.setRecipient(Message.RecipientType.TO, recipient);
        message.setSubject(digest.subject().replaceAll("[\\r\\n]+", " "), "UTF-8");
        message.setSentDate(sentAt);
        message.setText(digest.body(), "UTF-8");
        message.setHeader("Auto-Submitted", "auto-generated");
        message.saveChanges();
        return message;
    }

    Properties properties() {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", server.host());
        p.setProperty("mail.smtp.port", Integer.toString(server.port()));
        p.setProperty("mail.smtp.from", from);
        p.setProperty("mail.smtp.auth", Boolean.toString(login.isPresent()));
        p.setProperty("mail.smtp.allow8bitmime", "true");
        String millis = Integer.toString(TIMEOUT_SECONDS * 1000);
        p.setProperty("mail.smtp.connectiontimeout", millis);
        p.setProperty("mail.smtp.timeout", millis);
        p.setProperty("mail.smtp.writetimeout", millis);
        // STARTTLS is required, not merely tried: a server that stops offering it must not get the password in clear.
        p.setProperty("mail.smtp.starttls.enable", Boolean.toString(server.security() == Security.STARTTLS));
        p.setProperty("mail.smtp.starttls.required", Boolean.toString(server.security() == Security.STARTTLS));
        p.setProperty("mail.smtp.ssl.enable", Boolean.toString(server.security() == Security.TLS));
        p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        return p;
    }

    /** One line for a person: what went wrong with which server, and the server's own reply when it gave one. */
    String explain(MessagingException e) {
        String where = "the mail server " + server.host() + " (port " + server.port() + ")";
        if (e instanceof AuthenticationFailedException) {
            return where + " refused the login for " + login.map(Login::user).orElse("you")
                    + "; check remind: mail: smtp: user and the password" + said(e);
        }
        if (cause(e, UnknownHostException.class).isPresent()) {
            return "the mail server name " + server.host() + " could not be found (remind: mail: smtp: host)";
        }
        if (cause(e, ConnectException.class).isPresent()) {
            return "cannot reach " + where + ": nothing accepts connections there";
        }
        if (cause(e, SocketTimeoutException.class).isPresent()) {
            return where + " did not answer within " + TIMEOUT_SECONDS + " seconds";
        }
        if (cause(e, SSLException.class).isPresent()) {
            return "no secure connection to " + where + " could be set up: its certificate is not trusted, or it "
                    + "does not speak " + (server.security() == Security.TLS ? "TLS from the start (try security: "
                    + "starttls, usually port 587)" : "STARTTLS");
        }
        if (String.valueOf(e.getMessage()).contains("STARTTLS")) {
            return where + " does not offer STARTTLS, so the password and the mail would travel unencrypted; use "
                    + "security: tls if it takes TLS from the start (usually port 465)";
        }
        String reply = said(e);
        if (!reply.isEmpty()) {
            return where + " refused the reminder mail" + reply;
        }
        return "sending through " + where + " failed: " + firstLine(deepest(e).getMessage());
    }

    /** "; it said: 535 ..." with the server's own reply, when the failure carries one. */
    private static String said(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            String line = firstLine(t.getMessage());
            if (SERVER_REPLY.matcher(line).matches()) {
                return "; it said: " + line;
            }
        }
        return "";
    }

    private static Optional<Throwable> cause(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (kind.isInstance(t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static Throwable deepest(Throwable e) {
        Throwable last = e;
        for (Throwable t = e; t != null; t = next(t)) {
            last = t;
        }
        return last;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.strip().lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}

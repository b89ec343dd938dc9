package dev.needle.adapter.interchange.remind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Just enough of an SMTP server on 127.0.0.1 for tests to hold a real conversation with: EHLO, AUTH
 * PLAIN and LOGIN against one user and password, MAIL FROM, RCPT TO, DATA, RSET, NOOP and QUIT. It offers
 * no STARTTLS, so the channel's "security: none" is what talks to it. Everything it is told is kept, so a
 * test sees what actually went over the wire: the logins tried and every mail accepted.
 */
public final class FakeSmtpServer implements AutoCloseable {
    /** A mail the server accepted: the envelope and the message exactly as sent (dots unstuffed). */
    public record Delivery(String mailFrom, List<String> rcptTo, String data) {
    }

    /** A login the client tried, with the mechanism it used. */
    public record Login(String mechanism, String user, String password) {
    }

    private final ServerSocket socket;
    private final String mechanisms;
    private final String user;
    private final String password;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final List<Login> logins = new CopyOnWriteArrayList<>();

    /** Starts listening; {@code mechanisms} as advertised ("PLAIN LOGIN"), and the one login it accepts. */
    public FakeSmtpServer(String mechanisms, String user, String password) throws IOException {
        this.socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        this.mechanisms = mechanisms;
        this.user = user;
        this.password = password;
        Thread accepting = new Thread(this::serve, "fake-smtp");
        accepting.setDaemon(true);
        accepting.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    public List<Login> logins() {
        return List.copyOf(logins);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException | RuntimeException e) {
                // The test closed the server, or the client hung up or spoke nonsense; either ends this one.
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream();
        reply(out, "220 fake.smtp.test ESMTP ready");
        boolean loggedIn = false;
        String mailFrom = null;
        List<String> rcptTo = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
            switch (verb) {
                case "EHLO" -> reply(out, "250-fake.smtp.test\r\n250-8BITMIME\r\n250 AUTH " + mechanisms);
                case "HELO", "NOOP" -> reply(out, "250 ok");
                case "AUTH" -> {
                    loggedIn = authenticate(line, in, out);
                    reply(out, loggedIn ? "235 2.7.0 Authentication successful" : "535 5.7.8 Authentication credentials invalid");
                }
                case "MAIL" -> {
                    if (!loggedIn) {
                        reply(out, "530 5.7.0 Authentication required");
                    } else {
                        mailFrom = address(line);
                        rcptTo = new ArrayList<>();
                        reply(out, "250 ok");
                    }
                }
                case "RCPT" -> {
                    rcptTo.add(address(line));
                    reply(out, "250 ok");
                }
                case "DATA" -> {
                    reply(out, "354 end with <CRLF>.<CRLF>");
                    StringBuilder data = new StringBuilder();
                    for (String l = in.readLine(); l != null && !l.equals("."); l = in.readLine()) {
                        data.append(l.startsWith(".") ? l.substring(1) : l).append("\r\n");
                    }
                    deliveries.add(new Delivery(mailFrom, List.copyOf(rcptTo), data.toString()));
                    reply(out, "250 2.0.0 queued");
                }
                case "RSET" -> {
                    mailFrom = null;
                    rcptTo = new ArrayList<>();
                    reply(out, "250 ok");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "502 5.5.2 command not recognized");
            }
        }
    }

    private boolean authenticate(String line, BufferedReader in, OutputStream out) throws IOException {
        String[] words = line.split(" ");
        String mechanism = words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "";
        String triedUser;
        String triedPassword;
        if (mechanism.equals("PLAIN")) {
            String response = words.length > 2 ? words[2] : challenge(in, out, "");
            String[] parts = decode(response).split("\0", -1);
            triedUser = parts.length > 1 ? parts[1] : "";
            triedPassword = parts.length > 2 ? parts[2] : "";
        } else if (mechanism.equals("LOGIN")) {
            triedUser = decode(words.length > 2 ? words[2] : challenge(in, out, "VXNlcm5hbWU6"));
            triedPassword = decode(challenge(in, out, "UGFzc3dvcmQ6"));
        } else {
            return false;
        }
        logins.add(new Login(mechanism, triedUser, triedPassword));
        return triedUser.equals(user) && triedPassword.equals(password);
    }

    private static String challenge(BufferedReader in, OutputStream out, String prompt) throws IOException {
        reply(out, "334 " + prompt);
        String answer = in.readLine();
        if (answer == null) {
            throw new IOException("the client hung up during AUTH");
        }
        return answer;
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64.strip()), StandardCharsets.UTF_8);
    }

    private static String address(String line) {
        int open = line.indexOf('<');
        int close = line.indexOf('>', open + 1);
        return open >= 0 && close > open ? line.substring(open + 1, close) : "";
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}

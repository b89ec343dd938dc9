package dev.needle.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code remind:} section of the configuration file: the channel ({@code desktop}, the default, or
 * {@code mail}) and, for mail, the recipient, an optional sender and the local program that sends it
 * ({@code sendmail -oi} unless {@code command} says otherwise; the recipient is added as its last
 * argument), or, with {@code smtp:}, the SMTP server that takes it instead (see {@link SmtpConfig}).
 */
record RemindConfig(Channel channel, Optional<String> to, Optional<String> from, List<String> command,
                    Optional<SmtpConfig> smtp) {
    enum Channel { DESKTOP, MAIL }

    static final List<String> DEFAULT_MAIL_COMMAND = List.of("sendmail", "-oi");
    static final RemindConfig DEFAULTS = new RemindConfig(Channel.DESKTOP, Optional.empty(), Optional.empty(),
            DEFAULT_MAIL_COMMAND, Optional.empty());

    /** Reads the section; {@code home} is where a {@code ~/} in a password file's path starts. */
    static RemindConfig read(Path file, Path home) {
        Optional<JsonNode> section = ConfigSections.section(file, "remind");
        if (section.isEmpty()) {
            return DEFAULTS;
        }
        JsonNode remind = section.get();
        String channel = text(remind, "channel").orElse("desktop").strip();
        JsonNode mail = remind.get("mail");
        Optional<String> to = mail == null ? Optional.empty() : text(mail, "to").map(String::strip).filter(t -> !t.isEmpty());
        Optional<String> from = mail == null ? Optional.empty() : text(mail, "from").map(String::strip).filter(t -> !t.isEmpty());
        List<String> command = (mail == null ? Optional.<String>empty() : text(mail, "command"))
                .map(c -> Arrays.stream(c.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList())
                .filter(c -> !c.isEmpty()).orElse(DEFAULT_MAIL_COMMAND);
        JsonNode smtpNode = mail == null ? null : mail.get("smtp");
        Optional<SmtpConfig> smtp = smtpNode == null || smtpNode.isNull() ? Optional.empty()
                : Optional.of(SmtpConfig.read(smtpNode, file, home));
        if (smtp.isPresent() && mail.has("command")) {
            throw new NeedleFailure(NeedleCommand.USAGE, file + ": remind: mail: names both a command and smtp; "
                    + "keep command to send through a local program, or smtp to talk to the server directly");
        }
        switch (channel) {
            case "desktop" -> {
                return new RemindConfig(Channel.DESKTOP, to, from, command, smtp);
            }
            case "mail" -> {
                if (to.isEmpty()) {
                    throw new NeedleFailure(NeedleCommand.USAGE, file + ": remind: channel is mail but remind: mail: to "
                            + "gives no address to send to");
                }
                Optional<String> sender = from.or(() -> smtp.flatMap(SmtpConfig::user).filter(u -> u.contains("@")));
                if (smtp.isPresent() && sender.isEmpty()) {
                    throw new NeedleFailure(NeedleCommand.USAGE, file + ": remind: mail: from is needed to send by "
                            + "SMTP: the address the reminder comes from");
                }
                return new RemindConfig(Channel.MAIL, to, smtp.isPresent() ? sender : from, command, smtp);
            }
            default -> throw new NeedleFailure(NeedleCommand.USAGE, file + ": remind: channel is \"" + Printable.clean(channel)
                    + "\"; write desktop or mail");
        }
    }

    private static Optional<String> text(JsonNode section, String field) {
        JsonNode value = section.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}

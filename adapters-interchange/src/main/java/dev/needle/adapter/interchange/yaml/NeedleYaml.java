package dev.needle.adapter.interchange.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.application.port.in.Backup;
import dev.needle.application.port.in.ImportPlanUseCase.Plan;
import dev.needle.domain.InvalidValueException;
import dev.needle.domain.triage.TriageSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Needle's YAML format, both ways: reads a plan or a full backup (safely: no type tags, no unknown
 * keys, every error with its line) and writes a backup or a plan. Described in docs/yaml-format.md.
 */
public final class NeedleYaml {
    /** The format number written in every file's header, raised when the format changes incompatibly. */
    static final int FORMAT = 1;
    /** Larger than any real backup; a bigger file is more likely a mistake than Needle data. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private final ObjectMapper mapper = YamlMappers.create();

    /**
     * Reads a whole file. {@code source} names it in error messages.
     *
     * @throws YamlFileException when anything is wrong with it; nothing has been applied then
     */
    public YamlDocument read(String source, byte[] content) {
        refuseLarge(source, content.length);
        return read(new YamlText(source, () -> new ByteArrayInputStream(content)));
    }

    /**
     * Reads a whole file from disk, as {@link #read(String, byte[])} does, without holding its text: it
     * is read once to check it, once to scan it and once to map it.
     *
     * @throws YamlFileException when anything is wrong with it; nothing has been applied then
     */
    public YamlDocument read(String source, Path file) {
        try {
            refuseLarge(source, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
        return read(new YamlText(source, () -> Files.newInputStream(file)));
    }

    private static void refuseLarge(String source, long size) {
        if (size > MAX_BYTES) {
            throw new YamlFileException(source, 0, "the file is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MB; that is no Needle plan or backup");
        }
    }

    private YamlDocument read(YamlText text) {
        String source = text.source();
        if (text.checkedIsBlank()) {
            throw new YamlFileException(source, 0, "the file is empty; a plan starts with `needle: plan`, "
                    + "a backup with `needle: backup`");
        }
        String kind = SafetyScan.headerKind(text);
        try {
            return switch (kind) {
                case PlanDoc.KIND -> {
                    PlanDoc plan = readTop(text, PlanDoc.class);
                    checkFormat(source, plan.format());
                    yield plan.toPlanFile();
                }
                case BackupDoc.KIND -> {
                    BackupDoc backup = readTop(text, BackupDoc.class);
                    checkFormat(source, backup.format());
                    yield new BackupFile(backup.toBackup());
                }
                default -> throw new YamlFileException(source, 1, "`needle: " + kind
                        + "` is not a kind of file Needle reads; use `needle: plan` or `needle: backup`");
            };
        } catch (JsonProcessingException e) {
            throw YamlErrors.describe(source, e);
        } catch (InvalidValueException e) {
            // A rule about the whole file, such as an id used twice: no single line to point at.
            throw new YamlFileException(source, 0, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the configuration file's triage settings: optional {@code triage:} and {@code templates:}
     * sections, in the same form a plan uses. An empty file means the defaults.
     */
    public TriageSettings readSettings(String source, byte[] content) {
        return readConfig(source, content).triage();
    }

    /**
     * Reads the whole configuration file: triage settings as {@link #readSettings} does, and the
     * optional {@code budget:} section, written as in a plan. An empty file means the defaults.
     *
     * @throws YamlFileException naming the line and field of the first wrong value
     */
    public NeedleConfig readConfig(String source, byte[] content) {
        YamlText text = new YamlText(source, () -> new ByteArrayInputStream(content));
        if (text.checkedIsBlank()) {
            return NeedleConfig.DEFAULTS;
        }
        SafetyScan.scan(text, false);
        try {
            ConfigDoc config = readTop(text, ConfigDoc.class);
            return config == null ? NeedleConfig.DEFAULTS : config.config();
        } catch (JsonProcessingException e) {
            throw YamlErrors.describe(source, e);
        } catch (InvalidValueException e) {
            throw new YamlFileException(source, 0, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T readTop(YamlText text, Class<T> document) throws IOException {
        try (JsonParser parser = mapper.createParser(text.open())) {
            parser.nextToken();
            return mapper.readValue(KnownKeysParser.wrap(parser, document), document);
        }
    }

    private static void checkFormat(String source, Integer format) {
        if (format != null && format != FORMAT) {
            throw new YamlFileException(source, 0, "format " + format + " is not one this Needle reads (it reads "
                    + FORMAT + "); export it again with a matching Needle");
        }
    }

    /**
     * The comment a backup holding private notes starts with: it holds what the whole team keeps, other
     * people's private notes too, so whoever holds the file should know before passing it on. A backup
     * without any (one person's, say) reads as it always did.
     */
    static final String TEAM_BACKUP_HEADER = "# This backup holds the whole team's records, private notes included:\n"
            + "# every teammate's private notes, each with its author. Keep it where only the team can read it.\n";

    /** Writes every record of the backup. */
    public void writeBackup(Backup backup, Writer out) {
        writeBackup(backup, out, written -> { });
    }

    /**
     * Writes every record of the backup, telling {@code recordsWritten} the count so far after each one
     * (for a progress line). Written by {@link BlockYamlGenerator}: the same YAML Jackson's own generator
     * writes, at a fraction of the cost for a large backup.
     */
    public void writeBackup(Backup backup, Writer out, LongConsumer recordsWritten) {
        YamlBackupWriter writer = backupWriter(out, recordsWritten);
        writer.head(backup);
        writer.contacts(backup.contacts());
        writer.finish(backup);
    }

    /**
     * A writer for a backup handed on as it is read, counting as {@link #writeBackup} does: the file is
     * the same. {@link YamlBackupWriter#finish} flushes {@code out}; the caller closes it.
     */
    public YamlBackupWriter backupWriter(Writer out, LongConsumer recordsWritten) {
        return new YamlBackupWriter(mapper, out, recordsWritten);
    }

    /** Writes a plan the way a person would write it by hand. */
    public void writePlan(Plan plan, Optional<TriageSettings> triage, Writer out) {
        write(new PlanDoc(PlanDoc.KIND, FORMAT, plan.direction().orElse(null), plan.needs(),
                plan.budget().orElse(null), triage.orElse(null), triage.map(TriageSettings::templates).orElse(null),
                plan.tagCadences(), plan.people().isEmpty() ? null
                        : plan.people().stream().map(TeammateLimitsDoc::of).toList()),
                out);
    }

    private void write(Object document, Writer out) {
        try {
            mapper.writeValue(out, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.needle.adapter.interchange.drafts;

import dev.needle.application.port.out.DraftStore;
import dev.needle.domain.Draft;
import dev.needle.domain.TeammateId;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Drafts as small files in the private state folder, one folder per person ({@code OWNER/ID.draft},
 * 0700 folders, 0600 files), each written aside and renamed over the old one, so a process stopped
 * mid-write leaves the old draft or the new one, never half of either.
 *
 * <p>Why files rather than a table: a draft is written when a session ends, often from a shutdown hook
 * with a moment to live, when the database may be the very thing that went away (a team's PostgreSQL
 * out of reach) or its pool already closing; a file rename needs neither, cannot half-apply a
 * transaction, and needs no migration on three stores. The folder is the user's own, so what someone
 * was typing stays on their machine and is never in reach of a teammate sharing the database; the app
 * gives each database its own folder, and {@code needle serve} (one account, many people) keeps each
 * person's under their own teammate id.
 */
public final class DraftFiles implements DraftStore {
    private static final String SUFFIX = ".draft";
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private final Path root;

    public DraftFiles(Path root) {
        this.root = root;
    }

    @Override
    public void save(TeammateId owner, Draft draft) {
        Path folder = folder(owner);
        try {
            createPrivateFolders(folder);
            Path temporary = Files.createTempFile(folder, ".draft-", ".tmp", fileMode());
            try {
                try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    ByteBuffer bytes = ByteBuffer.wrap(format(draft).getBytes(StandardCharsets.UTF_8));
                    while (bytes.hasRemaining()) {
                        out.write(bytes);
                    }
                    out.force(true);
                }
                Files.move(temporary, folder.resolve(draft.id() + SUFFIX), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the draft in " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<Draft> byOwner(TeammateId owner) {
        Path folder = folder(owner);
        List<Draft> drafts = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                read(file).ifPresent(drafts::add);
            }
        } catch (NoSuchFileException none) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the drafts in " + folder + ": " + e.getMessage(), e);
        }
        drafts.sort(Comparator.comparing((Draft d) -> d.keptAt().orElse(LocalDateTime.MIN)).reversed()
                .thenComparing(Draft::id));
        return drafts;
    }

    @Override
    public void remove(TeammateId owner, String id) {
        if (!Draft.validId(id)) {
            return;
        }
        try {
            Files.deleteIfExists(folder(owner).resolve(id + SUFFIX));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the draft " + id + ": " + e.getMessage(), e);
        }
    }

    private Path folder(TeammateId owner) {
        return root.resolve(Long.toString(owner.value()));
    }

    private static void createPrivateFolders(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        // Every folder made on the way (drafts/, the database's, the person's) is the user's alone.
        Files.createDirectories(folder, POSIX ? new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))} : new FileAttribute<?>[0]);
    }

    private static FileAttribute<?>[] fileMode() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }

    /** Java properties, escaped so any text (new lines, any script) round-trips exactly; fields by number keep their order. */
    static String format(Draft draft) {
        Properties p = new Properties();
        p.setProperty("id", draft.id());
        p.setProperty("kind", draft.kind());
        p.setProperty("subject", draft.subject());
        p.setProperty("about", draft.about());
        p.setProperty("title", draft.title());
        p.setProperty("focus", Integer.toString(draft.focus()));
        draft.keptAt().ifPresent(at -> p.setProperty("keptAt", at.toString()));
        p.setProperty("fields", Integer.toString(draft.fields().size()));
        for (int i = 0; i < draft.fields().size(); i++) {
            Draft.Entry f = draft.fields().get(i);
            p.setProperty("field." + i + ".key", f.key());
            p.setProperty("field." + i + ".label", f.label());
            p.setProperty("field." + i + ".value", f.value());
            int at = i;
            f.opened().ifPresent(opened -> p.setProperty("field." + at + ".opened", opened));
        }
        StringWriter out = new StringWriter();
        try {
            p.store(out, "A Needle draft: what was typed when a session ended before it was saved");
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    /** The draft in {@code file}; empty when it is not one Needle wrote (it is left where it is). */
    static Optional<Draft> read(Path file) {
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            int count = Integer.parseInt(p.getProperty("fields", "0"));
            List<Draft.Entry> fields = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                fields.add(new Draft.Entry(p.getProperty("field." + i + ".key", "field" + i),
                        p.getProperty("field." + i + ".label"), p.getProperty("field." + i + ".value", ""),
                        Optional.ofNullable(p.getProperty("field." + i + ".opened"))));
            }
            String keptAt = p.getProperty("keptAt");
            return Optional.of(new Draft(p.getProperty("id"), p.getProperty("kind"), p.getProperty("subject"),
                    p.getProperty("about"), p.getProperty("title"), fields, Integer.parseInt(p.getProperty("focus", "0")),
                    keptAt == null ? Optional.empty() : Optional.of(LocalDateTime.parse(keptAt))));
        } catch (IOException | RuntimeException unreadable) {
            // Also a file from a newer Needle or one broken by hand: kept for the user, not shown as a draft.
            return Optional.empty();
        }
    }
}

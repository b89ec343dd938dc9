package dev.needle.adapter.interchange.vdir;

import dev.needle.application.StorageFailedException;
import dev.needle.application.port.out.VdirCard;
import dev.needle.application.port.out.VdirFolder;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A vdir on the local disk. The etag of a file is the SHA-256 of its bytes rather than its time and
 * size: a card rewritten with the same content (vdirsyncer does so) is not a change, and a change
 * within the same second of the same size is still seen. Each run reads every card once anyway.
 */
final class VdirFileFolder implements VdirFolder {
    /** vdirsyncer's default file extension for address books. */
    static final String EXTENSION = ".vcf";

    private final Path folder;

    VdirFileFolder(Path folder) {
        this.folder = folder;
    }

    @Override
    public String location() {
        return folder.toString();
    }

    @Override
    public List<VdirCard> cards() {
        List<VdirCard> cards = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
            for (Path file : files) {
                String name = String.valueOf(file.getFileName());
                if (name.startsWith(".") || !Files.isRegularFile(file)) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(file);
                cards.add(new VdirCard(name, bytes, etag(bytes)));
            }
        } catch (NoSuchFileException gone) {
            // A card removed by another program while being listed is simply not there this time.
        } catch (IOException failed) {
            throw new StorageFailedException("cannot read the address book folder " + folder + " (" + reason(failed) + ")",
                    failed);
        }
        return cards;
    }

    @Override
    public String write(String href, byte[] bytes) {
        Path target = inside(href);
        Path temporary = null;
        try {
            // Same folder, so the rename is atomic; the name does not end in .vcf, so no reader takes it for a card.
            temporary = Files.createTempFile(folder, ".needle-", ".tmp");
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notHere) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return etag(bytes);
        } catch (IOException failed) {
            deleteQuietly(temporary);
            throw new StorageFailedException("cannot write " + target + " (" + reason(failed) + ")", failed);
        }
    }

    @Override
    public void delete(String href) {
        Path target = inside(href);
        try {
            Files.deleteIfExists(target);
        } catch (IOException failed) {
            throw new StorageFailedException("cannot delete " + target + " (" + reason(failed) + ")", failed);
        }
    }

    @Override
    public boolean exists(String href) {
        return Files.exists(inside(href));
    }

    private Path inside(String href) {
        Path target = folder.resolve(href).normalize();
        if (!folder.equals(target.getParent())) {
            throw new IllegalArgumentException(href + " is not a file name inside " + folder);
        }
        return target;
    }

    static String etag(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static String reason(IOException failed) {
        if (failed instanceof AccessDeniedException) {
            return "no permission";
        }
        if (failed instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return failed.getMessage() == null ? "input/output error" : failed.getMessage();
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // Left behind: a hidden .tmp file no vdir reader takes for a card.
            }
        }
    }
}

package dev.needle.adapter.persistence.jdbi;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;

/** Builds the JDBC URL (and, for an encrypted file, the password) of Needle's embedded H2 database. */
public final class H2Urls {
    /** Name of the database inside the data folder; H2 adds {@code .mv.db}. */
    static final String NAME = "needle";
    private static final String READ_ONLY = "ACCESS_MODE_DATA=r";

    private H2Urls() {
    }

    /**
     * {@code jdbc:h2:file:<dir>/needle} with {@code WRITE_DELAY=0}, so an acknowledged save survives a
     * kill (the default delay lost commits), and {@code AUTO_SERVER=TRUE}, so a second Needle process on
     * the same file connects through the first instead of failing. The auto-server listens on every
     * interface unless the JVM runs with {@code -Dh2.bindAddress=127.0.0.1}: the application sets it.
     * {@code MAX_COMPACT_TIME=0}: H2 2.4.240 does not move chunks when the file closes, where its
     * compaction trips its own consistency check (an allocation that H2 2.5 fixed); the file then keeps
     * its size after deletions and reuses the space inside instead. {@code CACHE_SIZE=4096} (KB): H2's
     * page cache would otherwise grow to 16 MB of heap, while Needle keeps its contacts in its own
     * search index and asks H2 for little else (docs/performance.md has the figures).
     * {@code TRACE_LEVEL_FILE=4}: H2 reports its errors through SLF4J, so into Needle's own log, instead
     * of a {@code needle.trace.db} of stack traces beside the database.
     */
    public static String fileUrl(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        if (dir.toString().contains(";")) {
            // A semicolon would start a new URL setting; refuse rather than open some other database.
            throw new IllegalArgumentException("The data folder path must not contain ';': " + dir);
        }
        return "jdbc:h2:file:" + dir.resolve(NAME) + ";WRITE_DELAY=0;AUTO_SERVER=TRUE;MAX_COMPACT_TIME=0;CACHE_SIZE=4096;TRACE_LEVEL_FILE=4";
    }

    /** The same file URL with the data encrypted at rest ({@code CIPHER=AES}). */
    public static String encryptedFileUrl(Path dataDir) {
        return fileUrl(dataDir) + ";CIPHER=AES";
    }

    /**
     * The password H2 wants for an encrypted file: {@code "filePassword userPassword"}. H2 splits at the
     * first space, so the passphrase is passed as the hex of its UTF-8 bytes: any passphrase, spaces
     * included, works, and the mapping is one-to-one so no strength is lost.
     */
    public static String encryptedPassword(char[] passphrase, String userPassword) {
        ByteBuffer utf8 = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] bytes = new byte[utf8.remaining()];
        utf8.get(bytes);
        String hex = HexFormat.of().formatHex(bytes);
        // Wipe the copies this method made; the caller owns the passphrase array.
        Arrays.fill(bytes, (byte) 0);
        Arrays.fill(utf8.array(), (byte) 0);
        return hex + " " + userPassword;
    }

    /**
     * The file URL without the auto-server, for a moment when Needle must be the only one on the file
     * (a restore): opening it fails while another process has the database open.
     */
    static String exclusiveFileUrl(Path dataDir, boolean encrypted) {
        return withoutAutoServer(encrypted ? encryptedFileUrl(dataDir) : fileUrl(dataDir));
    }

    /**
     * The same file opened for a run that only reads and ends in moments: no auto-server (H2 would start
     * a server and a lock protocol that sleeps, for nobody to join), and the data read-only, so nothing is
     * written, not even at close, and other such runs may open the file beside it. It opens only while no
     * process has the file open to write; a process that tries meanwhile is kept waiting (see
     * {@link ReadOnlyOpen}).
     */
    static String readOnly(String url) {
        return withoutAutoServer(url) + ";" + READ_ONLY;
    }

    /** Whether {@code url} is one {@link #readOnly} made. */
    static boolean isReadOnly(String url) {
        return url.endsWith(";" + READ_ONLY);
    }

    /** {@code url} without the auto-server: it opens only while no other process has the file open. */
    static String withoutAutoServer(String url) {
        return url.replaceAll("(?i);AUTO_SERVER=TRUE", "");
    }

    /** {@code url} with H2 writing committed pages {@code millis} after a commit instead of at once. */
    static String withWriteDelay(String url, int millis) {
        String without = url.replaceAll("(?i);WRITE_DELAY=\\d+", "");
        return without + ";WRITE_DELAY=" + millis;
    }

    /** Whether {@code url} names an H2 database file by its path ({@code jdbc:h2:file:…} or {@code jdbc:h2:/…}). */
    static boolean isFilePath(String url) {
        return url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:/");
    }

    /** The same settings for the database at {@code base} ({@code base.mv.db}), without the auto-server. */
    static String withFile(String url, Path base) {
        int settings = url.indexOf(';');
        return withoutAutoServer("jdbc:h2:file:" + base + (settings < 0 ? "" : url.substring(settings)));
    }

    /** The database file of the embedded database in {@code dataDir}. */
    public static Path databaseFile(Path dataDir) {
        return dataDir.resolve(NAME + ".mv.db");
    }

    /** The lock file kept beside the embedded database in {@code dataDir} while a process has it open. */
    public static Path lockFile(Path dataDir) {
        return dataDir.resolve(NAME + ".lock.db");
    }

    /** The file an H2 URL names ({@code jdbc:h2:file:/x/needle;…} gives {@code /x/needle.mv.db}), for messages. */
    static Path databaseFileOf(String url) {
        return Path.of(baseOf(url) + ".mv.db");
    }

    /** The lock file a process with the auto-server keeps beside the database {@code url} names while it has it open. */
    static Path lockFileOf(String url) {
        return Path.of(baseOf(url) + ".lock.db");
    }

    private static String baseOf(String url) {
        String name = url.replaceFirst("^jdbc:h2:(file:)?", "");
        int settings = name.indexOf(';');
        return settings < 0 ? name : name.substring(0, settings);
    }
}

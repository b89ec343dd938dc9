package dev.needle.application.port.out;

import java.util.List;

/**
 * A vdir: a folder holding one vCard per {@code .vcf} file, any file name, as vdirsyncer and khard
 * keep it. Writes are atomic (a temporary file in the same folder, then renamed over), so a reader
 * never sees half a card.
 */
public interface VdirFolder {
    /** The folder's absolute path: what the sync state is kept under, and what messages show. */
    String location();

    /** Every {@code .vcf} file in the folder (not in sub-folders), read now. */
    List<VdirCard> cards();

    /** Writes {@code bytes} as {@code href}, replacing any file of that name; returns the new etag. */
    String write(String href, byte[] bytes);

    /** Removes {@code href}; nothing happens when it is already gone. */
    void delete(String href);

    /** True when a file of that name exists (to pick a free name for a new card). */
    boolean exists(String href);
}

package dev.needle.app;

import java.io.PrintWriter;

/**
 * What a backup command says on stderr when the backup holds more than one person's work: a backup is
 * the whole team's, every teammate's private notes with it, unlike an export, so whoever takes it
 * should know before passing it on. A single person with no private notes is told nothing new.
 */
final class TeamBackupNotice {
    static final String TEXT = "This backup holds the whole team's records, private notes included.";

    private TeamBackupNotice() {
    }

    /** Says so when {@code othersWork} (private notes, or a team of more than one, are in the backup). */
    static void tell(PrintWriter err, boolean othersWork) {
        if (othersWork) {
            err.println(TEXT);
            err.flush();
        }
    }
}

package dev.needle.application.port.in;

/**
 * How far a long import has got: first the records matched against the known contacts, then the
 * contacts written to the store. Either may be told many times; a caller with nothing to show uses {@link #NONE}.
 */
public interface ImportProgress {
    /** The total of records not known yet. */
    int UNKNOWN = -1;

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void matched(int done, int total) {
        }

        @Override
        public void stored(int done, int total) {
        }
    };

    /**
     * {@code done} of the file's {@code total} records are matched and merged; {@code total} is
     * {@link #UNKNOWN} while the records are still being read.
     */
    void matched(int done, int total);

    /** {@code done} of the {@code total} new or changed contacts are written. */
    void stored(int done, int total);
}

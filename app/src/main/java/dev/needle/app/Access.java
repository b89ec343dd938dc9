package dev.needle.app;

/** What a run means to do with the database: a run that only reads lets the file be on closing. */
enum Access {
    READ_WRITE,
    READ_ONLY
}

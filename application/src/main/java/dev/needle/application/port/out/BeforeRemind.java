package dev.needle.application.port.out;

/**
 * What runs before each reminder digest is built: the configured automatic logging (interactions
 * read from mail and calendars), so a digest never nags about someone the user wrote to yesterday.
 * The composition root wires it; {@link #NOTHING} runs nothing.
 */
public interface BeforeRemind {
    BeforeRemind NOTHING = () -> { };

    /** Logs what is configured; a failure here should throw, so the reminder run reports it. */
    void logNewInteractions();
}

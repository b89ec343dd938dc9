package dev.needle.app;

/**
 * Keeps the JDK's Flight Recorder from starting up unasked in a full-screen start and in the commands
 * scripts call most ({@link ReadingCommandStart}). JDBI registers an event type of its own with the
 * recorder at its first statement, whether or not anything records, and registering one loads the
 * recorder's whole type library: the largest part of that statement's cost, on the path to the first
 * frame and to a script's answer (docs/performance.md). The JDK reads {@code jfr.unsupported.vm}
 * once, when the recorder is first touched, so a recording started with the JVM
 * ({@code -XX:StartFlightRecording}) is not affected and records JDBI's statements as before; only
 * starting one later in this process ({@code jcmd PID JFR.start}) is, unless the property was given
 * ({@code NEEDLE_JAVA_OPTS=-Djfr.unsupported.vm=false}).
 */
final class FlightRecorderLeftOut {
    static final String PROPERTY = "jfr.unsupported.vm";

    private FlightRecorderLeftOut() {
    }

    /** Leaves the recorder out of this process, unless the property says otherwise already. */
    static void unlessAsked() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "true");
        }
    }
}

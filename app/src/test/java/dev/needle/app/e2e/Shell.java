package dev.needle.app.e2e;

/** Quoting for the one shell line tmux runs. */
final class Shell {
    private Shell() {
    }

    static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}

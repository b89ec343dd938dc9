package dev.needle.app;

import java.io.Console;
import java.lang.reflect.Method;

/** Tells whether the process talks to an interactive terminal. */
final class Terminals {
    private Terminals() {}

    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        // From JDK 22 System.console() is non-null even when redirected; Console.isTerminal()
        // (also JDK 22) then gives the real answer. Looked up reflectively because we target 17.
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}

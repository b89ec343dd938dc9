package dev.needle.app;

import java.io.Console;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** Tells whether the process talks to an interactive terminal. */
final class Terminals {
    private Terminals() {}

    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        // From JDK 22 System.console() is non-null even when redirected; Console.isTerminal()
        // (also JDK 22) then gives the real answer. Looked up at run time because we target 17, as a
        // method handle: Method.invoke makes its accessor's classes before the first frame
        // (docs/performance.md, frame8).
        MethodHandle isTerminal;
        try {
            isTerminal = MethodHandles.publicLookup()
                    .findVirtual(Console.class, "isTerminal", MethodType.methodType(boolean.class));
        } catch (NoSuchMethodException e) {
            return true;
        } catch (IllegalAccessException e) {
            return false;
        }
        try {
            return (boolean) isTerminal.invokeExact(console);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            return false;
        }
    }
}

package dev.needle.bench.jmh;

import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Ui;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Screen switch: from screen 1 to the chosen one, its data loaded through the use cases and drawn in full. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScreenSwitchBenchmark {
    @Param({"100000"})
    int contacts;

    /** The number key pressed, as the navigator maps it: 1 Today, 2 Needs, 3 Contacts, 4 Events, 5 Follow-ups, 6 Budget. */
    @Param({"1", "2", "3", "4", "5", "6"})
    int screen;

    TuiHarness tui;

    @Setup
    public void load() throws IOException {
        tui = new TuiHarness(contacts);
    }

    @TearDown
    public void close() throws IOException {
        tui.close();
    }

    @Benchmark
    public Ui switchScreen() throws IOException {
        return tui.press(tui.home, Key.ch((char) ('0' + screen)));
    }
}

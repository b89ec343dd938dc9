package dev.needle.bench.jmh;

import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Ui;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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

/** Keystroke to frame while filtering the contacts screen: each query typed, then erased. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class KeystrokeBenchmark {
    @Param({"100000"})
    int contacts;

    TuiHarness tui;
    Ui ui;
    Key[] typing;
    int next;

    @Setup
    public void load() throws IOException {
        tui = new TuiHarness(contacts);
        ui = tui.press(tui.press(tui.home, Key.ch('2')), Key.ch('/'));
        List<Key> keys = new ArrayList<>();
        for (String query : FilterBenchmark.QUERIES) {
            for (char c : query.toCharArray()) {
                keys.add(Key.ch(c));
            }
            for (int i = 0; i < query.length(); i++) {
                keys.add(Key.of(Key.Type.BACKSPACE));
            }
        }
        typing = keys.toArray(Key[]::new);
    }

    @TearDown
    public void close() throws IOException {
        tui.close();
    }

    @Benchmark
    public Ui keystrokeToFrame() throws IOException {
        ui = tui.press(ui, typing[next]);
        next = (next + 1) % typing.length;
        return ui;
    }
}

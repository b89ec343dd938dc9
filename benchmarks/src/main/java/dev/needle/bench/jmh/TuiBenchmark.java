package dev.needle.bench.jmh;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.needle.adapter.tui.core.Key;
import dev.needle.adapter.tui.core.Navigator;
import dev.needle.adapter.tui.core.Ui;
import dev.needle.adapter.tui.render.Palette;
import dev.needle.adapter.tui.render.Renderer;
import dev.needle.adapter.tui.screen.Screens;
import dev.needle.bench.data.Generator;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The terminal UI end to end minus the terminal itself: a key goes through the navigator (and the
 * search, while filtering), the renderer draws the new state and the screen refreshes onto a
 * Lanterna virtual terminal of 120x40, which is what one keystroke costs before bytes reach the tty.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TuiBenchmark {
    @Param({"100000"})
    int contacts;

    /** The screen switched to, from screen 1 (Needs): 2 Contacts, 3 Requests, 4 Follow-ups, 5 Budget, 6 Direction. */
    @Param({"1", "2", "3", "4", "5", "6"})
    int screenNumber;

    Navigator navigator;
    Renderer renderer;
    Screen screen;
    Ui ui;
    Ui home;
    Key[] typing;
    int nextKey;

    @Setup
    public void load() throws IOException {
        LoadedApp app = new LoadedApp(new Generator(42).generate(contacts, 12));
        navigator = new Navigator(app.useCases, new Screens());
        renderer = new Renderer(Palette.from(Map.of("TERM", "xterm-256color")));
        screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(120, 40)));
        screen.startScreen();
        home = navigator.start(120, 40);
        ui = home;
        typing = keys();
    }

    /** Types each query in the contacts filter and erases it again, as a user refining a search. */
    private static Key[] keys() {
        java.util.List<Key> keys = new java.util.ArrayList<>();
        for (String query : FilterBenchmark.QUERIES) {
            for (char c : query.toCharArray()) {
                keys.add(Key.ch(c));
            }
            for (int i = 0; i < query.length(); i++) {
                keys.add(Key.of(Key.Type.BACKSPACE));
            }
        }
        return keys.toArray(Key[]::new);
    }

    @TearDown
    public void close() throws IOException {
        screen.stopScreen();
    }

    /** Screen switch: from screen 1 to the chosen one, loaded and drawn in full. */
    @Benchmark
    public Ui switchScreen() throws IOException {
        ui = navigator.handle(home, Key.ch((char) ('0' + screenNumber)));
        return draw();
    }

    /** One typed or erased character in the contacts filter, to the refreshed frame. */
    @Benchmark
    public Ui keystrokeToFrame(Filtering filtering) throws IOException {
        Key key = typing[nextKey];
        nextKey = (nextKey + 1) % typing.length;
        filtering.ui = navigator.handle(filtering.ui, key);
        ui = filtering.ui;
        return draw();
    }

    private Ui draw() throws IOException {
        renderer.draw(screen, ui, navigator.hintsFor(ui), navigator.screenNames());
        screen.refresh(Screen.RefreshType.DELTA);
        return ui;
    }

    /** The contacts screen with the filter line open, set up once per trial. */
    @State(Scope.Benchmark)
    public static class Filtering {
        Ui ui;

        @Setup(Level.Trial)
        public void open(TuiBenchmark bench) {
            Ui contacts = bench.navigator.handle(bench.home, Key.ch('2'));
            ui = bench.navigator.handle(contacts, Key.ch('/'));
        }
    }
}

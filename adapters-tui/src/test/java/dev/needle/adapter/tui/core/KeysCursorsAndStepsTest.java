package dev.needle.adapter.tui.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keys, cursors and confirmations without any terminal: plain values in, plain values out. */
class KeysCursorsAndStepsTest {

    @Test
    void keysAreEqualExactlyWhenTheirTypeCharacterAndCtrlAre() {
        assertThat(Key.ch('a')).isEqualTo(Key.ch('a')).hasSameHashCodeAs(Key.ch('a'));
        assertThat(Key.ctrl('A')).isEqualTo(Key.ctrl('a')).hasSameHashCodeAs(Key.ctrl('a'));
        assertThat(Key.of(Key.Type.ENTER)).isEqualTo(new Key(Key.Type.ENTER, '\0', false));
        assertThat(Key.ch('a')).isNotEqualTo(Key.ch('b')).isNotEqualTo(Key.ctrl('a')).isNotEqualTo("a");
        assertThat(Key.of(Key.Type.LEFT)).isNotEqualTo(Key.ctrl(Key.Type.LEFT)).isNotEqualTo(Key.of(Key.Type.RIGHT));
        assertThat(Set.of(Key.ch('j'), Key.of(Key.Type.DOWN))).contains(Key.ch('j'), Key.of(Key.Type.DOWN));
    }

    @Test
    void cursorMovesStayInsideTheList() {
        Cursor cursor = Cursor.over(3);
        assertThat(cursor.move(Key.ch('k'), 10)).map(Cursor::index).contains(0);
        assertThat(cursor.move(Key.of(Key.Type.PAGE_DOWN), 10)).map(Cursor::index).contains(2);
        assertThat(cursor.at(2).move(Key.ch('j'), 10)).map(Cursor::index).contains(2);
        assertThat(cursor.move(Key.ch('G'), 10)).map(Cursor::index).contains(2);
        assertThat(cursor.move(Key.ch('x'), 10)).isEmpty();
        assertThat(Cursor.over(0).move(Key.ch('j'), 10)).map(Cursor::isEmpty).contains(true);
    }

    @Test
    void theWindowFollowsTheSelection() {
        assertThat(new Cursor(0, 100).top(10)).isZero();
        assertThat(new Cursor(50, 100).top(10)).isEqualTo(45);
        assertThat(new Cursor(99, 100).top(10)).isEqualTo(90);
    }

    @Test
    void aConfirmationAcceptsOnlyYes() {
        int[] runs = {0};
        Step asking = Step.stay(new Blank()).ask("Sure? y/N", s -> {
            runs[0]++;
            return Step.stay(new Blank()).say("done");
        });
        Overlay.Confirm confirm = (Overlay.Confirm) asking.overlay().orElseThrow();
        assertThat(confirm.question()).isEqualTo("Sure? y/N");
        confirm.onYes().apply(null);
        assertThat(runs[0]).isEqualTo(1);
    }

    @Test
    void keysKnowWhetherTheyAreText() {
        assertThat(Key.ch('a').isText()).isTrue();
        assertThat(Key.ctrl('l').isText()).isFalse();
        assertThat(Key.ctrl('L').isCtrl('l')).isTrue();
        assertThat(Key.of(Key.Type.ENTER).isText()).isFalse();
    }

    /** A screen with nothing on it, for steps that need some view. */
    private record Blank() implements View {
        @Override
        public String name() {
            return "Blank";
        }

        @Override
        public List<Binding> bindings() {
            return List.of();
        }

        @Override
        public List<Line> body(int width, int height) {
            return List.of();
        }
    }
}

package dev.needle.adapter.tui.render;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.needle.adapter.tui.core.Key;
import java.util.List;

/** Translates Lanterna's key strokes into the UI's own keys. */
public final class Keys {
    private Keys() {
    }

    /**
     * The keys a stroke stands for. Lanterna reads Esc followed at once by a key (a fast hand, tmux, an
     * SSH packet) as that key with Alt; Needle binds nothing to Alt, so it is the two keys typed.
     */
    public static List<Key> of(KeyStroke stroke) {
        Key key = from(stroke);
        return stroke.isAltDown() && stroke.getKeyType() != KeyType.Escape ? List.of(Key.of(Key.Type.ESCAPE), key)
                : List.of(key);
    }

    public static Key from(KeyStroke stroke) {
        KeyType type = stroke.getKeyType();
        return switch (type) {
            case Character -> stroke.isCtrlDown() ? Key.ctrl(stroke.getCharacter()) : Key.ch(stroke.getCharacter());
            case Enter -> Key.of(Key.Type.ENTER);
            case Escape -> Key.of(Key.Type.ESCAPE);
            case Backspace -> Key.of(Key.Type.BACKSPACE);
            case Delete -> Key.of(Key.Type.DELETE);
            case Tab -> Key.of(Key.Type.TAB);
            case ReverseTab -> Key.of(Key.Type.BACK_TAB);
            case ArrowUp -> Key.of(Key.Type.UP);
            case ArrowDown -> Key.of(Key.Type.DOWN);
            // Ctrl stays with ← and → only, where it means a word in a text field; Ctrl-↓ still moves down.
            case ArrowLeft -> stroke.isCtrlDown() ? Key.ctrl(Key.Type.LEFT) : Key.of(Key.Type.LEFT);
            case ArrowRight -> stroke.isCtrlDown() ? Key.ctrl(Key.Type.RIGHT) : Key.of(Key.Type.RIGHT);
            case Home -> Key.of(Key.Type.HOME);
            case End -> Key.of(Key.Type.END);
            case PageUp -> Key.of(Key.Type.PAGE_UP);
            case PageDown -> Key.of(Key.Type.PAGE_DOWN);
            case F1 -> Key.of(Key.Type.F1);
            case EOF -> Key.of(Key.Type.EOF);
            default -> Key.of(Key.Type.OTHER);
        };
    }

    /** The stroke a key corresponds to, so tests can type the UI's keys into a virtual terminal. */
    public static KeyStroke toStroke(Key key) {
        return switch (key.type()) {
            case CHAR -> new KeyStroke(key.ch(), key.ctrl(), false);
            case ENTER -> new KeyStroke(KeyType.Enter);
            case ESCAPE -> new KeyStroke(KeyType.Escape);
            case BACKSPACE -> new KeyStroke(KeyType.Backspace);
            case DELETE -> new KeyStroke(KeyType.Delete);
            case TAB -> new KeyStroke(KeyType.Tab);
            case BACK_TAB -> new KeyStroke(KeyType.ReverseTab);
            case UP -> new KeyStroke(KeyType.ArrowUp);
            case DOWN -> new KeyStroke(KeyType.ArrowDown);
            case LEFT -> new KeyStroke(KeyType.ArrowLeft, key.ctrl(), false);
            case RIGHT -> new KeyStroke(KeyType.ArrowRight, key.ctrl(), false);
            case HOME -> new KeyStroke(KeyType.Home);
            case END -> new KeyStroke(KeyType.End);
            case PAGE_UP -> new KeyStroke(KeyType.PageUp);
            case PAGE_DOWN -> new KeyStroke(KeyType.PageDown);
            case F1 -> new KeyStroke(KeyType.F1);
            case EOF -> new KeyStroke(KeyType.EOF);
            case OTHER -> new KeyStroke(KeyType.Unknown);
        };
    }
}

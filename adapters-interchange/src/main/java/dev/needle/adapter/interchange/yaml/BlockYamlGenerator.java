package dev.needle.adapter.interchange.yaml;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.base.GeneratorBase;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongConsumer;

/**
 * Writes what Jackson serializes as block-style YAML straight to a writer, in the layout Jackson's own
 * YAML generator produces with Needle's settings (two-space indents, list dashes indented, literal
 * blocks for multi-line text), without going through SnakeYAML's emitter, which analyses every scalar
 * several times and took half of a large export's time. Scalars are written by {@link YamlScalars}.
 * It also counts the records it has written (the items of the top-level lists) for a progress line.
 */
final class BlockYamlGenerator extends GeneratorBase {
    /** An open mapping or sequence: the column its keys or dashes start at. */
    private static final class Level {
        final boolean mapping;
        final int indent;
        /** A mapping that is an item of a list: its first key goes on the dash's line. */
        final boolean onDashLine;
        boolean empty = true;

        Level(boolean mapping, int indent, boolean onDashLine) {
            this.mapping = mapping;
            this.indent = indent;
            this.onDashLine = onDashLine;
        }
    }

    private final Writer out;
    private final LongConsumer recordsWritten;
    private final Deque<Level> levels = new ArrayDeque<>();
    private long records;

    BlockYamlGenerator(Writer out, ObjectCodec codec, int features, LongConsumer recordsWritten) {
        super(features, codec);
        this.out = new UnsharedBuffer(out);
        this.recordsWritten = recordsWritten;
    }

    @Override
    public void writeStartObject() throws IOException {
        _writeContext = _writeContext.createChildObjectContext(null);
        Level parent = levels.peek();
        if (parent == null) {
            levels.push(new Level(true, 0, false));
        } else if (parent.mapping) {
            levels.push(new Level(true, parent.indent + 2, false));
        } else {
            itemStart(parent);
            levels.push(new Level(true, parent.indent + 2, true));
        }
    }

    @Override
    public void writeEndObject() throws IOException {
        _writeContext = _writeContext.clearAndGetParent();
        Level done = levels.pop();
        if (done.empty) {
            emptyCollection("{}");
        }
        if (levels.size() == 2 && !levels.peek().mapping) {
            recordsWritten.accept(++records); // an item of a top-level list: one record
        }
    }

    @Override
    public void writeStartArray() throws IOException {
        _writeContext = _writeContext.createChildArrayContext(null);
        Level parent = levels.peek();
        if (parent == null) {
            levels.push(new Level(false, 0, false));
        } else if (parent.mapping) {
            levels.push(new Level(false, parent.indent + 2, false)); // dashes indented under the key
        } else {
            itemStart(parent); // its own first item ends the dash's line
            levels.push(new Level(false, parent.indent + 2, false));
        }
    }

    @Override
    public void writeEndArray() throws IOException {
        _writeContext = _writeContext.clearAndGetParent();
        Level done = levels.pop();
        if (done.empty) {
            emptyCollection("[]");
        }
    }

    /** An empty mapping or list goes on its key's (or dash's) line, in flow style: there is nothing to indent. */
    private void emptyCollection(String flow) throws IOException {
        if (!levels.isEmpty()) {
            out.write(' ');
        }
        out.write(flow);
        out.write('\n');
    }

    @Override
    public void writeFieldName(String name) throws IOException {
        _writeContext.writeFieldName(name);
        Level level = levels.peek();
        if (level.empty && level.onDashLine) {
            out.write(' '); // after the dash its list item wrote
        } else {
            if (level.empty && levels.size() > 1) {
                out.write('\n'); // ends the parent key's line
            }
            YamlScalars.spaces(level.indent, out);
        }
        level.empty = false;
        YamlScalars.writeInline(name, out);
        out.write(':');
    }

    @Override
    public void writeFieldName(SerializableString name) throws IOException {
        writeFieldName(name.getValue());
    }

    /** Before a list item: the dash, at the list's column; the first item also ends its key's line. */
    private void itemStart(Level list) throws IOException {
        if (list.empty && levels.size() > 1) {
            out.write('\n');
        }
        list.empty = false;
        YamlScalars.spaces(list.indent, out);
        out.write('-');
    }

    /** A scalar, after its key or as a list item; {@code text} is written as it is (already YAML). */
    private void scalar(String yaml) throws IOException {
        beforeScalar();
        out.write(yaml);
        out.write('\n');
    }

    private void beforeScalar() throws IOException {
        Level level = levels.peek();
        if (level == null) {
            return;
        }
        if (!level.mapping) {
            itemStart(level);
        }
        out.write(' ');
    }

    @Override
    public void writeString(String text) throws IOException {
        if (text == null) {
            writeNull();
            return;
        }
        _verifyValueWrite("write a string");
        if (YamlScalars.isLiteralBlock(text)) {
            Level level = levels.peek();
            if (level != null && !level.mapping) {
                itemStart(level);
            }
            YamlScalars.writeLiteralBlock(text, level == null ? 2 : level.indent + 2, out);
            return;
        }
        beforeScalar();
        YamlScalars.writeInline(text, out);
        out.write('\n');
    }

    @Override
    public void writeString(char[] text, int offset, int len) throws IOException {
        writeString(new String(text, offset, len));
    }

    @Override
    public void writeString(SerializableString text) throws IOException {
        writeString(text.getValue());
    }

    @Override
    public void writeRawUTF8String(byte[] text, int offset, int length) throws IOException {
        throw new JsonGenerationException("raw UTF-8 is not part of Needle's YAML", this);
    }

    @Override
    public void writeUTF8String(byte[] text, int offset, int length) throws IOException {
        writeString(new String(text, offset, length, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public void writeRaw(String text) throws IOException {
        out.write(text);
    }

    @Override
    public void writeRaw(String text, int offset, int len) throws IOException {
        out.write(text, offset, len);
    }

    @Override
    public void writeRaw(char[] text, int offset, int len) throws IOException {
        out.write(text, offset, len);
    }

    @Override
    public void writeRaw(char c) throws IOException {
        out.write(c);
    }

    @Override
    public void writeBinary(Base64Variant variant, byte[] data, int offset, int len) throws IOException {
        throw new JsonGenerationException("binary values are not part of Needle's YAML", this);
    }

    @Override
    public void writeNumber(int v) throws IOException {
        _verifyValueWrite("write a number");
        scalar(Integer.toString(v));
    }

    @Override
    public void writeNumber(long v) throws IOException {
        _verifyValueWrite("write a number");
        scalar(Long.toString(v));
    }

    @Override
    public void writeNumber(BigInteger v) throws IOException {
        _verifyValueWrite("write a number");
        scalar(v.toString());
    }

    @Override
    public void writeNumber(double v) throws IOException {
        _verifyValueWrite("write a number");
        scalar(Double.isNaN(v) ? ".nan" : Double.isInfinite(v) ? (v > 0 ? ".inf" : "-.inf") : Double.toString(v));
    }

    @Override
    public void writeNumber(float v) throws IOException {
        writeNumber((double) v);
    }

    @Override
    public void writeNumber(BigDecimal v) throws IOException {
        _verifyValueWrite("write a number");
        scalar(v.toPlainString());
    }

    @Override
    public void writeNumber(String encodedValue) throws IOException {
        _verifyValueWrite("write a number");
        scalar(encodedValue);
    }

    @Override
    public void writeBoolean(boolean state) throws IOException {
        _verifyValueWrite("write a boolean");
        scalar(state ? "true" : "false");
    }

    @Override
    public void writeNull() throws IOException {
        _verifyValueWrite("write null");
        scalar("null");
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** The caller owns the writer (stdout, say): closing the generator only flushes it. */
    @Override
    public void close() throws IOException {
        super.close();
        out.flush();
    }

    @Override
    protected void _releaseBuffers() {
        // no pooled buffers
    }

    @Override
    protected void _verifyValueWrite(String typeMsg) throws IOException {
        if (_writeContext.writeValue() == com.fasterxml.jackson.core.json.JsonWriteContext.STATUS_EXPECT_NAME) {
            _reportError("Cannot " + typeMsg + ", expecting a field name");
        }
    }
}

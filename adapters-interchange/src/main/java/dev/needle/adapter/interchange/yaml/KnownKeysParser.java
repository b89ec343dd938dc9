package dev.needle.adapter.interchange.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses a key the document type does not have the moment the parser reaches it. Jackson finds
 * unknown keys of a record only after the whole mapping is read, and would report the line where
 * the mapping ends; this reports the line of the key itself.
 */
final class KnownKeysParser extends JsonParserDelegate {
    private static final PropertyNamingStrategies.NamingBase KEBAB =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.KEBAB_CASE;

    private final Class<?> document;
    private final Set<String> known;
    /** Nesting relative to the mapping being read: 1 inside it, 0 once it has closed. */
    private int depth = 1;

    private KnownKeysParser(JsonParser parser, Class<?> document) {
        super(parser);
        this.document = document;
        this.known = keysOf(document);
    }

    /** Wraps a parser standing on the START_OBJECT of a {@code document} record. */
    static JsonParser wrap(JsonParser parser, Class<?> document) {
        return document.isRecord() && parser.currentToken() == JsonToken.START_OBJECT
                ? new KnownKeysParser(parser, document) : parser;
    }

    static Set<String> keysOf(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(c -> KEBAB.translate(c.getName()))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (depth <= 0 || token == null) {
            return token;
        }
        if (token.isStructStart()) {
            depth++;
        } else if (token.isStructEnd()) {
            depth--;
        } else if (token == JsonToken.FIELD_NAME && depth == 1 && !known.contains(delegate.currentName())) {
            throw UnrecognizedPropertyException.from(delegate, document, delegate.currentName(),
                    List.copyOf(known));
        }
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        if (delegate.currentToken() != null && delegate.currentToken().isStructStart()) {
            delegate.skipChildren();
            depth--;
        }
        return this;
    }
}

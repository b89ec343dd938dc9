package dev.needle.adapter.interchange.yaml;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.needle.domain.InvalidValueException;
import java.io.IOException;
import java.util.function.Function;

/**
 * Reads and writes a domain record through its YAML document type. Checks that span several
 * fields (a closed contact needs its message) are made by the domain after the whole record is read,
 * so the error points at the line where the record starts and names the field.
 */
final class ViaDocument<D, T> {
    private final Class<D> document;
    private final Function<D, T> toDomain;
    private final Function<T, D> fromDomain;

    private ViaDocument(Class<D> document, Function<D, T> toDomain, Function<T, D> fromDomain) {
        this.document = document;
        this.toDomain = toDomain;
        this.fromDomain = fromDomain;
    }

    static <D, T> void register(SimpleModule module, Class<T> type, Class<D> document, Function<D, T> toDomain,
                                Function<T, D> fromDomain) {
        ViaDocument<D, T> via = new ViaDocument<>(document, toDomain, fromDomain);
        module.addDeserializer(type, via.new Reader());
        module.addSerializer(type, via.new Writer());
    }

    private final class Reader extends JsonDeserializer<T> {
        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonLocation start = p.currentTokenLocation();
            D read = ctxt.readValue(KnownKeysParser.wrap(p, document), document);
            try {
                return toDomain.apply(read);
            } catch (InvalidValueException e) {
                throw new YamlRefusal(p, field(e) + e.getMessage(), start);
            }
        }

        private String field(InvalidValueException e) {
            return e.field().isEmpty() ? "" : "(" + e.field() + ") ";
        }
    }

    private final class Writer extends JsonSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            serializers.defaultSerializeValue(fromDomain.apply(value), gen);
        }
    }
}

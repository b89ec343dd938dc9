package dev.needle.adapter.interchange.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A value the domain refused, kept with the place in the file where it was written. */
final class YamlRefusal extends JsonMappingException {
    YamlRefusal(JsonParser parser, String message, JsonLocation where) {
        super(parser, message, where);
    }

    static YamlRefusal here(JsonParser parser, String message) {
        return new YamlRefusal(parser, message, parser.currentTokenLocation());
    }
}

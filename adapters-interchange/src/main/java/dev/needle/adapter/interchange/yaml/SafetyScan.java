package dev.needle.adapter.interchange.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * One pass over the file's tokens before anything is mapped: a type tag ({@code !tag}, {@code !!str})
 * or an alias is refused outright, since Needle's files never need them and honouring tags is how
 * YAML loaders come to build objects nobody asked for. Also finds the header, {@code needle: KIND}.
 */
final class SafetyScan {
    static final String HEADER = "needle";
    /**
     * Lists and mappings inside each other: Needle's own files go five deep. Refused here, with its
     * line, long before the parser's own limit of a thousand, which says neither where nor why.
     */
    static final int MAX_DEPTH = 64;

    private SafetyScan() {
    }

    static String headerKind(YamlText text) {
        String source = text.source();
        String kind = scan(text, true);
        if (kind == null) {
            throw new YamlFileException(source, 1, "the header is missing: start the file with `needle: plan` "
                    + "or `needle: backup`");
        }
        return kind;
    }

    /** Refuses tags and aliases anywhere; returns the header's kind, or null when there is none. */
    static String scan(YamlText text, boolean document) {
        String source = text.source();
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(YamlMappers.MAX_CODE_POINTS);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(loader).build();
        String kind = null;
        int depth = 0;
        int lastLine = 1;
        try (YAMLParser parser = (YAMLParser) factory.createParser(text.open())) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                throw new YamlFileException(source, line(parser), document ? "expected keys and values, starting "
                        + "with `needle: plan` or `needle: backup`" : "expected keys and values");
            }
            for (; token != null; token = parser.nextToken()) {
                lastLine = line(parser);
                refuseTagsAndAliases(source, parser);
                if (token.isStructStart()) {
                    depth++;
                    refuseDeepNesting(source, parser, depth);
                } else if (token.isStructEnd()) {
                    depth--;
                } else if (depth == 1 && token == JsonToken.FIELD_NAME && HEADER.equals(parser.currentName())) {
                    parser.nextToken();
                    refuseTagsAndAliases(source, parser);
                    kind = parser.currentToken().isScalarValue() ? parser.getText() : "";
                    if (parser.currentToken().isStructStart()) {
                        depth++;
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw YamlErrors.describe(source, e, lastLine);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kind;
    }

    private static void refuseDeepNesting(String source, YAMLParser parser, int depth) {
        if (depth > MAX_DEPTH) {
            throw new YamlFileException(source, line(parser), "lists or keys nested more than " + MAX_DEPTH
                    + " deep; Needle's files nest a few levels");
        }
    }

    private static void refuseTagsAndAliases(String source, YAMLParser parser) throws IOException {
        String tag = parser.getTypeId();
        if (tag != null) {
            throw new YamlFileException(source, line(parser), "type tags such as `!" + tag
                    + "` are not allowed in Needle files; remove the tag");
        }
        if (parser.isCurrentAlias()) {
            throw new YamlFileException(source, line(parser), "aliases (`*" + parser.getText()
                    + "`) are not allowed in Needle files; write the value out");
        }
    }

    private static int line(YAMLParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}

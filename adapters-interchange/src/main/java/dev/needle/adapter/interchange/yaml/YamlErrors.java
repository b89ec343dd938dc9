package dev.needle.adapter.interchange.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns Jackson's and SnakeYAML's exceptions into one line a person can act on: line, place, problem. */
final class YamlErrors {
    /** Jackson's limits name their setter: ", from `StreamReadConstraints.getMaxNumberLength()`". */
    private static final Pattern NAMED_LIMIT = Pattern.compile(",\\s*from\\s*`[^`]*`");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:org|com|java|javax)\\.[a-z]|\\w\\(\\)|\\w(?:Exception|Event)\\b");
    private YamlErrors() {
    }

    static YamlFileException describe(String source, JsonProcessingException e) {
        return describe(source, e, 0);
    }

    /** As {@link #describe(String, JsonProcessingException)}, with the line to name when the exception knows none. */
    static YamlFileException describe(String source, JsonProcessingException e, int lastLine) {
        int line = line(e.getLocation()) > 0 ? line(e.getLocation()) : lastLine;
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new YamlFileException(source, line, "unknown key '" + unknown.getPropertyName() + "'"
                    + in(parentPath(unknown)) + "; expected one of: " + known(unknown.getKnownPropertyIds()));
        }
        if (e instanceof YamlRefusal refusal) {
            return new YamlFileException(source, line, at(path(refusal)) + refusal.getOriginalMessage());
        }
        if (e instanceof MismatchedInputException mismatch) {
            return new YamlFileException(source, line, at(path(mismatch)) + "expected "
                    + expected(mismatch.getTargetType()) + " here");
        }
        if (e instanceof JacksonYAMLParseException && e.getCause() instanceof MarkedYAMLException marked) {
            int markLine = marked.getProblemMark() == null ? line : marked.getProblemMark().getLine() + 1;
            return new YamlFileException(source, markLine, "YAML syntax error: " + oneLine(marked.getProblem()));
        }
        return new YamlFileException(source, line, plain(e.getOriginalMessage()));
    }

    /**
     * The parsers' remaining messages, retold where they name their own classes: a list where a key
     * belongs, a limit with the Java method that sets it. Anything else still naming a class is not
     * shown at all: the line is what the person can act on.
     */
    private static String plain(String message) {
        String text = oneLine(message);
        if (text.startsWith("Expected a field name")) {
            return "a list or a mapping where a key belongs; a key is plain text";
        }
        text = NAMED_LIMIT.matcher(text).replaceAll("");
        return CLASS_NAME.matcher(text).find() ? "this cannot be read as Needle's YAML" : text;
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a whole number";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class) {
            return "text";
        }
        return "keys and values";
    }

    private static String known(Collection<Object> ids) {
        TreeSet<String> names = new TreeSet<>();
        ids.forEach(id -> names.add(String.valueOf(id)));
        return String.join(", ", names);
    }

    private static String path(JsonMappingException e) {
        return render(e.getPath());
    }

    /** The path to the mapping the unknown key sits in: every reference but the key's own. */
    private static String parentPath(JsonMappingException e) {
        List<JsonMappingException.Reference> refs = e.getPath();
        return render(refs.isEmpty() ? refs : refs.subList(0, refs.size() - 1));
    }

    private static String render(List<JsonMappingException.Reference> refs) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String in(String path) {
        return path.isEmpty() ? " at the top level" : " in " + path;
    }

    private static String at(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }

    private static String oneLine(String text) {
        return text == null ? "unreadable YAML" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}

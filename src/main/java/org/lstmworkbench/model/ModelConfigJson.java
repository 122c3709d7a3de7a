package org.lstmworkbench.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JSON form of {@link ModelConfig}. Fields left out of a file take the defaults of
 * {@link ModelConfig#defaults()}, so {@code {"units": [50, 50]}} is a complete configuration;
 * a field the configuration does not have is an error naming it (a typo must not be ignored).
 */
public final class ModelConfigJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ModelConfigJson() {
    }

    /** The configuration as indented JSON, every field written. */
    public static String write(ModelConfig config) {
        try {
            return MAPPER.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a model configuration as JSON", e);
        }
    }

    /** The configuration as a JSON tree (for embedding in run.json and workspaces). */
    public static JsonNode toTree(ModelConfig config) {
        return MAPPER.valueToTree(config);
    }

    /** Reads a configuration file; {@code source} names it in messages. */
    public static ModelConfig read(Path file) {
        try {
            return read(Files.readString(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidConfigException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidConfigException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Whether a configuration file sets {@code field} itself (rather than leaving it to the defaults). */
    public static boolean declares(Path file, String field) {
        try {
            JsonNode node = MAPPER.readTree(Files.readString(file));
            return node != null && node.has(field);
        } catch (IOException e) {
            throw new InvalidConfigException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads configuration JSON text; {@code source} names it in messages. */
    public static ModelConfig read(String json, String source) {
        JsonNode given;
        try {
            given = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidConfigException(source + ": not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        }
        if (given == null || !given.isObject()) {
            throw new InvalidConfigException(source + ": a model configuration must be a JSON object");
        }
        return fromTree((ObjectNode) given, source);
    }

    /** Builds a configuration from a JSON object laid over the defaults. */
    public static ModelConfig fromTree(ObjectNode given, String source) {
        ObjectNode merged = (ObjectNode) MAPPER.valueToTree(ModelConfig.defaults());
        Iterator<Map.Entry<String, JsonNode>> fields = given.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!merged.has(f.getKey())) {
                throw new InvalidConfigException(source + ": unknown field \"" + f.getKey()
                        + "\"; known fields: " + knownFields(merged));
            }
            JsonNode base = merged.get(f.getKey());
            if (base.isObject() && f.getValue().isObject()) {
                ((ObjectNode) base).setAll((ObjectNode) f.getValue());
            } else {
                merged.set(f.getKey(), f.getValue());
            }
        }
        try {
            return MAPPER.treeToValue(merged, ModelConfig.class);
        } catch (InvalidFormatException e) {
            throw new InvalidConfigException(source + ": field \"" + path(e) + "\" cannot be "
                    + e.getValue() + " (" + e.getTargetType().getSimpleName() + " expected)");
        } catch (MismatchedInputException e) {
            throw new InvalidConfigException(source + ": field \"" + path(e) + "\" has the wrong type");
        } catch (JsonProcessingException e) {
            throw new InvalidConfigException(source + ": " + e.getOriginalMessage());
        }
    }

    private static String knownFields(ObjectNode node) {
        Iterable<String> names = node::fieldNames;
        return java.util.stream.StreamSupport.stream(names.spliterator(), false).collect(Collectors.joining(", "));
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}

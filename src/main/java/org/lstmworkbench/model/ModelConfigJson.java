package org.lstmworkbench.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
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
import java.util.stream.StreamSupport;
import org.lstmworkbench.SpecialFiles;

/**
 * JSON form of {@link ModelConfig}, in two versions.
 *
 * <p>Version 2 (written now) is marked {@code "formatVersion": 2} and mirrors the configuration's
 * parts: {@code task}, {@code architecture} (with its {@code type}), {@code regularization},
 * {@code learning}, the training loop's fields at the top level ({@code batchSize}, {@code epochs},
 * {@code shuffle}, {@code clipping}, {@code clipThreshold}), {@code earlyStopping}, {@code loss},
 * {@code seed}. {@link Problem} paths use these names.
 *
 * <p>Version 1 (no {@code formatVersion}: files of earlier releases) is flat: one field per
 * setting ({@code units}, {@code learningRate}, ...; see {@link FlatConfig}). It is still read,
 * and its names are the sweep parameters' ({@link #flatName}).
 *
 * <p>Fields left out of a file take the defaults of {@link ModelConfig#DEFAULTS}, so
 * {@code {"units": [50, 50]}} is a complete configuration; a field the configuration does not have
 * is an error naming it (a typo must not be ignored).
 */
public final class ModelConfigJson {

    /** The version {@link #write} and {@link #toTree} produce. */
    public static final int FORMAT_VERSION = 2;

    static final ObjectMapper MAPPER = new ObjectMapper(JsonLimits.FACTORY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // "epochs": 5.7 must not become 5, nor a second "epochs" or text after the object pass unseen
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final String VERSION_FIELD = "formatVersion";

    private ModelConfigJson() {
    }

    /** The configuration as indented JSON (version 2), every field written. */
    public static String write(ModelConfig config) {
        try {
            return MAPPER.writeValueAsString(toTree(config));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a model configuration as JSON", e);
        }
    }

    /** The configuration as a version-2 JSON tree (for embedding in run.json, experiments and workspaces). */
    public static ObjectNode toTree(ModelConfig config) {
        return MAPPER.valueToTree(NestedConfig.of(config));
    }

    /** The configuration in the flat version-1 form, whose field names are the sweep parameters. */
    public static ObjectNode toFlatTree(ModelConfig config) {
        return MAPPER.valueToTree(FlatConfig.of(config));
    }

    /** Reads a configuration file; {@code source} names it in messages. */
    public static ModelConfig read(Path file) {
        requireRegular(file);
        try {
            return read(Files.readString(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidConfigException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidConfigException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Whether a configuration file sets the top-level {@code field} itself (rather than leaving it to the defaults). */
    public static boolean declares(Path file, String field) {
        requireRegular(file);
        try {
            JsonNode node = MAPPER.readTree(Files.readString(file));
            return node != null && node.has(field);
        } catch (JsonProcessingException e) {
            throw new InvalidConfigException(file + ": " + JsonLimits.describe(e));
        } catch (IOException e) {
            throw new InvalidConfigException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Refuses a FIFO, a device or a socket before it is opened: reading one waits for a writer or
     * never ends. Missing files and folders fall through to the reader's own message.
     */
    private static void requireRegular(Path file) {
        if (SpecialFiles.isSpecial(file)) {
            throw new InvalidConfigException(file + ": is not a regular file (a pipe, device or socket); give a JSON file");
        }
    }

    /** Reads configuration JSON text of either version; {@code source} names it in messages. */
    public static ModelConfig read(String json, String source) {
        JsonNode given;
        try {
            given = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String why = why(e);
            boolean located = e.getLocation() != null && e.getLocation().getLineNr() >= 0;
            throw new InvalidConfigException(source + ": " + (why.isEmpty() || !located ? JsonLimits.describe(e)
                    : "not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + why));
        }
        if (given == null || !given.isObject()) {
            throw new InvalidConfigException(source + ": a model configuration must be a JSON object");
        }
        return fromTree((ObjectNode) given, source);
    }

    /** What is wrong where the parser stopped, for the two refusals a plain syntax error does not explain. */
    private static String why(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof MismatchedInputException && message.startsWith("Trailing token")) {
            return ": more content after the configuration object";
        }
        if (message.startsWith("Duplicate field")) {
            return ": " + message.replace("Duplicate field '", "field \"").replaceFirst("'$", "\"") + " given twice";
        }
        return "";
    }

    /** Builds a configuration from a JSON object of either version laid over the defaults. */
    public static ModelConfig fromTree(ObjectNode given, String source) {
        JsonNode version = given.get(VERSION_FIELD);
        if (version == null) {
            return fromFlatTree(given, source);
        }
        if (!version.isInt() || version.asInt() != FORMAT_VERSION) {
            throw new InvalidConfigException(source + ": model configuration format version " + version
                    + " is not supported (this release reads 1 and " + FORMAT_VERSION + ")");
        }
        ObjectNode merged = toTree(ModelConfig.DEFAULTS);
        overlay(merged, given, source);
        NestedConfig parsed = parse(merged, NestedConfig.class, source);
        try {
            return parsed.toConfig();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidConfigException(source + ": " + e.getMessage());
        }
    }

    /** Builds a configuration from a flat (version-1) JSON object laid over the defaults. */
    public static ModelConfig fromFlatTree(ObjectNode given, String source) {
        ObjectNode merged = toFlatTree(ModelConfig.DEFAULTS);
        overlay(merged, given, source);
        return parse(merged, FlatConfig.class, source).toConfig();
    }

    /**
     * The flat (version-1) name of the field at a problem's path, which is also the name of its
     * sweep parameter: {@code architecture.units[1]} is {@code units}, {@code learning.learningRate}
     * is {@code learningRate}, {@code earlyStopping.patience} stays; the empty path stays empty.
     */
    public static String flatName(String path) {
        String field = path.replaceAll("\\[\\d+]", "");
        if (field.startsWith("earlyStopping.")) {
            return field;
        }
        return field.substring(field.lastIndexOf('.') + 1);
    }

    /** Lays {@code given} over {@code base}, objects within objects too, rejecting unknown fields. */
    private static void overlay(ObjectNode base, ObjectNode given, String source) {
        overlay(base, given, source, "");
    }

    private static void overlay(ObjectNode base, ObjectNode given, String source, String prefix) {
        Iterator<Map.Entry<String, JsonNode>> fields = given.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!base.has(f.getKey())) {
                throw new InvalidConfigException(source + ": unknown field \"" + prefix + f.getKey()
                        + "\"; known fields: " + knownFields(base));
            }
            JsonNode old = base.get(f.getKey());
            if (old.isObject() && f.getValue().isObject()) {
                ObjectNode inner = sameType(old, f.getValue()) ? (ObjectNode) old
                        : defaultOfType(prefix + f.getKey(), f.getValue(), source);
                if (inner == null) {
                    base.set(f.getKey(), f.getValue());
                    continue;
                }
                base.set(f.getKey(), inner);
                overlay(inner, (ObjectNode) f.getValue(), source, prefix + f.getKey() + ".");
            } else {
                base.set(f.getKey(), f.getValue());
            }
        }
    }

    /** Whether two objects are of one variant (an architecture of another type starts from that type's defaults). */
    private static boolean sameType(JsonNode a, JsonNode b) {
        return !b.has("type") || b.get("type").equals(a.get("type"));
    }

    /**
     * The defaults of the variant an object names by its {@code type}, to lay the object over: the
     * architecture's ({@link Architectures#defaultOf}); null for other objects, which replace the
     * default whole.
     */
    private static ObjectNode defaultOfType(String path, JsonNode given, String source) {
        if (!path.equals("architecture")) {
            return null;
        }
        String type = given.get("type").asText();
        return Architectures.defaultOf(type).map(a -> (ObjectNode) MAPPER.valueToTree(a))
                .orElseThrow(() -> new InvalidConfigException(source + ": field \"architecture.type\" cannot be \""
                        + type + "\"; architectures: " + String.join(", ", Architectures.AVAILABLE)));
    }

    private static <T> T parse(ObjectNode merged, Class<T> type, String source) {
        try {
            return MAPPER.treeToValue(merged, type);
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
        return StreamSupport.stream(names.spliterator(), false).collect(Collectors.joining(", "));
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    /** Writes a {@link ModelConfig} as version 2 wherever Jackson meets one (workspace files). */
    static final class Serializer extends JsonSerializer<ModelConfig> {
        @Override
        public void serialize(ModelConfig value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeTree(toTree(value));
        }
    }

    /** Reads a {@link ModelConfig} of either version wherever Jackson meets one (workspace files). */
    static final class Deserializer extends JsonDeserializer<ModelConfig> {
        @Override
        public ModelConfig deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            if (node == null || !node.isObject()) {
                throw JsonMappingException.from(p, "a model configuration must be a JSON object");
            }
            try {
                return fromTree((ObjectNode) node, "model configuration");
            } catch (InvalidConfigException e) {
                throw JsonMappingException.from(p, e.getMessage(), e);
            }
        }
    }
}

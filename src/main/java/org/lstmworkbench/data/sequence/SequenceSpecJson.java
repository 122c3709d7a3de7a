package org.lstmworkbench.data.sequence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lstmworkbench.data.DataException;
import org.lstmworkbench.data.StrictJson;

/**
 * JSON form of a {@link SequenceSpec} (in {@code run.json} and {@code experiment.json}): one field
 * per record component, by its name; {@code split} is {@code {"train", "validation", "test"}},
 * {@code format} and {@code scaling} are enum names ({@code "LONG"}, {@code "Z_SCORE"}). Fields
 * left out take the record's defaults; an unknown field is an error naming it (a typo must not be
 * ignored), as for model configurations. Text is read with {@link StrictJson}'s limits (no key twice,
 * nothing after the object).
 */
public final class SequenceSpecJson {

    private static final ObjectMapper MAPPER = StrictJson.mapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private SequenceSpecJson() {
    }

    /** The spec as a JSON tree, every field written. */
    public static ObjectNode toTree(SequenceSpec spec) {
        return MAPPER.valueToTree(spec);
    }

    /** The spec as indented JSON text. */
    public static String write(SequenceSpec spec) {
        try {
            return MAPPER.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write classification data settings as JSON", e);
        }
    }

    /**
     * Reads {@link #toTree}'s form; {@code source} names it in messages.
     *
     * @throws DataException for anything but a JSON object of the spec's fields, naming the field
     */
    public static SequenceSpec fromTree(JsonNode tree, String source) {
        if (tree == null || !tree.isObject()) {
            throw new DataException(source + ": classification data settings must be a JSON object");
        }
        try {
            return MAPPER.treeToValue(tree, SequenceSpec.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new DataException(source + ": not valid classification data settings (" + reason(e) + ")", e);
        }
    }

    /** Reads JSON text; {@code source} names it in messages. */
    public static SequenceSpec read(String json, String source) {
        JsonNode tree;
        try {
            tree = StrictJson.readTree(MAPPER, json);
        } catch (JsonProcessingException e) {
            // a limit failure has no location: the reason says which limit
            throw new DataException(source + ": " + StrictJson.describe(e));
        }
        return fromTree(tree, source);
    }

    /** The data layer's own sentence when a record refused a value (fractions), else Jackson's first line. */
    private static String reason(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataException d) {
                return d.getMessage();
            }
        }
        String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}

package org.lstmworkbench.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Strict reading of the JSON files a user may hand-edit or be handed (workspaces, experiment.json,
 * classification data settings): the read limits, which the model configuration's reader
 * ({@code JsonLimits}) takes from here, far below Jackson's defaults, so deep nesting, long numbers and long strings are refused by the
 * parser before they cost memory or time; and no content after the value and no key given twice, so
 * nothing in a file passes unseen. {@link #describe} turns any parse failure into one line.
 */
public final class StrictJson {

    /** Deepest nesting of objects and arrays accepted. */
    public static final int MAX_NESTING_DEPTH = 100;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Longest string accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 100_000;

    private StrictJson() {
    }

    /**
     * A mapper on a factory of its own (a factory remembers the last mapper built on it, so each
     * reader gets one) with the limits and duplicate keys refused; read text with {@link #readTree},
     * which also refuses content after the value.
     */
    public static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return new ObjectMapper(factory);
    }

    /**
     * The tree of {@code text}, refusing content after the value. Only here, not on the mapper:
     * binding a tree already read ({@code treeToValue}) must not look for more.
     *
     * @throws JsonProcessingException for text that is no JSON, beyond a limit, with a key twice or more after
     */
    public static JsonNode readTree(ObjectMapper mapper, String text) throws JsonProcessingException {
        return mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
    }

    /**
     * What is wrong, without Jackson's class names: {@code field "x" given twice}, {@code more content
     * after the JSON value}, or the parser's first line ({@code Document nesting depth (101) exceeds
     * the maximum allowed (100)}).
     */
    public static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
                : e.getOriginalMessage().lines().findFirst().orElse("");
        if (e instanceof MismatchedInputException && message.startsWith("Trailing token")) {
            return "more content after the JSON value";
        }
        if (message.startsWith("Duplicate field '")) {
            return message.replace("Duplicate field '", "field \"").replaceFirst("'$", "\"") + " given twice";
        }
        // Jackson names its own API in the limit messages; the user needs the numbers only
        return message.replaceAll(", from `[^`]*`", "").replaceAll(" \\(by `[^`]*`\\)", "");
    }

    /** {@code " at line L, column C"} when the parser knows where it stopped, else "" (a limit failure). */
    public static String where(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** One line: {@code not valid JSON at line L, column C (reason)}, or {@code not valid JSON (reason)}. */
    public static String describe(JsonProcessingException e) {
        return "not valid JSON" + where(e) + " (" + reason(e) + ")";
    }
}

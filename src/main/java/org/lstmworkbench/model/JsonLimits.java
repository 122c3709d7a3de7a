package org.lstmworkbench.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import org.lstmworkbench.data.StrictJson;

/**
 * The one JSON factory for reading user-given configuration text, with read limits far below
 * Jackson's defaults: a configuration is a few short fields, so deep nesting, long numbers and
 * long strings are refused by the parser before they cost memory or time. {@link #describe}
 * turns any parse failure into one line (a limit failure carries no location).
 */
public final class JsonLimits {

    /** Deepest nesting of objects and arrays accepted: the other user-file readers' ({@link StrictJson}). */
    public static final int MAX_NESTING_DEPTH = StrictJson.MAX_NESTING_DEPTH;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = StrictJson.MAX_NUMBER_LENGTH;
    /** Longest string accepted, in characters. */
    public static final int MAX_STRING_LENGTH = StrictJson.MAX_STRING_LENGTH;

    /** The factory every configuration reader's mapper is built on. */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .build())
            .build();

    private JsonLimits() {
    }

    /**
     * One line for a parse failure: {@code not valid JSON at line L, column C} when the parser
     * knows where, else the reason ({@code nesting depth (101) exceeds the maximum allowed (100)}).
     */
    public static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String reason = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
                : e.getOriginalMessage().lines().findFirst().orElse("")
                        // Jackson names its own API in the limit messages; the user needs the numbers only
                        .replaceAll(", from `[^`]*`", "")
                        .replaceAll(" \\(by `[^`]*`\\)", "");
        if (at == null || at.getLineNr() < 0) {
            return "not valid JSON (" + reason + ")";
        }
        return "not valid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + " (" + reason + ")";
    }
}

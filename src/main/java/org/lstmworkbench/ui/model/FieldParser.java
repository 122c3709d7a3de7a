package org.lstmworkbench.ui.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Parses the configurator's text fields, collecting one message per field that does not parse
 * ({@code epochs: "abc" is not a whole number}); a field that does not parse, or that is
 * switched off, yields the given fallback so the remaining checks can still run.
 */
final class FieldParser {

    /** Plain decimals only: no hex, no "Infinity", no Java suffixes like "1d". */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");

    private final Function<ConfigField, String> text;
    private final Map<ConfigField, String> errors = new LinkedHashMap<>();
    private List<Integer> units;

    /** {@code text} gives a field's trimmed text, or null when the field is switched off. */
    FieldParser(Function<ConfigField, String> text) {
        this.text = text;
    }

    /** Messages of the fields that did not parse, in parse order. */
    Map<ConfigField, String> errors() {
        return errors;
    }

    /** The units last parsed, or null when they did not parse. */
    List<Integer> parsedUnits() {
        return units;
    }

    /** Cells per layer from {@code "50,50"}. */
    List<Integer> units(List<Integer> fallback) {
        String t = text.apply(ConfigField.UNITS);
        List<Integer> parsed = new ArrayList<>();
        for (String part : t.split("\\s*,\\s*", -1)) {
            if (!WHOLE.matcher(part).matches() || part.length() > 9) {
                errors.put(ConfigField.UNITS, ConfigField.UNITS.label() + ": \"" + t
                        + "\" is not a list of whole numbers such as 50,50");
                units = null;
                return fallback;
            }
            parsed.add(Integer.parseInt(part));
        }
        units = parsed;
        return parsed;
    }

    /**
     * Whole numbers from {@code "64,32"}, or {@code fallback} when switched off or not such a list.
     */
    List<Integer> wholes(ConfigField field, List<Integer> fallback) {
        String t = text.apply(field);
        if (t == null) {
            return fallback;
        }
        List<Integer> parsed = new ArrayList<>();
        for (String part : t.split("\\s*,\\s*", -1)) {
            if (!WHOLE.matcher(part).matches() || part.length() > 9) {
                errors.put(field, field.label() + ": \"" + t + "\" is not a list of whole numbers such as 64,32");
                return fallback;
            }
            parsed.add(Integer.parseInt(part));
        }
        return parsed;
    }

    /** Records a message for a field whose text parsed but does not fit the others (one value per layer). */
    void error(ConfigField field, String message) {
        errors.put(field, field.label() + ": " + message);
    }

    int whole(ConfigField field, int fallback) {
        long value = wholeLong(field, fallback);
        if (value != (int) value) {
            errors.put(field, field.label() + ": " + value + " is too large");
            return fallback;
        }
        return (int) value;
    }

    long wholeLong(ConfigField field, long fallback) {
        String t = text.apply(field);
        if (t == null) {
            return fallback;
        }
        if (!WHOLE.matcher(t).matches() || t.length() > 18) {
            errors.put(field, field.label() + ": \"" + t + "\" is not a whole number");
            return fallback;
        }
        return Long.parseLong(t);
    }

    double decimal(ConfigField field, double fallback) {
        String t = text.apply(field);
        if (t == null) {
            return fallback;
        }
        if (!DECIMAL.matcher(t).matches()) {
            errors.put(field, field.label() + ": \"" + t + "\" is not a number");
            return fallback;
        }
        return Double.parseDouble(t);
    }

    /** Drop rates from {@code "0.2"} (every layer) or {@code "0.2,0.1"} (one per layer). */
    List<Double> decimals(ConfigField field, List<Double> fallback) {
        String t = text.apply(field);
        if (t == null) {
            return fallback;
        }
        List<Double> parsed = new ArrayList<>();
        for (String part : t.split("\\s*,\\s*", -1)) {
            if (!DECIMAL.matcher(part).matches()) {
                errors.put(field, field.label() + ": \"" + t + "\" is not a number or a list such as 0.2,0.1");
                return fallback;
            }
            parsed.add(Double.parseDouble(part));
        }
        return parsed;
    }

    /** Cell activations per layer from {@code "relu,tanh"}; blank for none (every layer the chosen one). */
    List<org.lstmworkbench.model.CellActivation> activations(ConfigField field,
                                                             List<org.lstmworkbench.model.CellActivation> fallback) {
        String t = text.apply(field);
        if (t == null || t.isEmpty()) {
            return t == null ? fallback : List.of();
        }
        List<org.lstmworkbench.model.CellActivation> parsed = new ArrayList<>();
        for (String part : t.split("\\s*,\\s*", -1)) {
            try {
                parsed.add(org.lstmworkbench.model.CellActivation.valueOf(part.toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.put(field, field.label() + ": \"" + part + "\" is not tanh, softsign, sigmoid or relu");
                return fallback;
            }
        }
        return parsed;
    }
}

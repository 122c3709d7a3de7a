package org.lstmworkbench.diagnosis;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads learning curves written elsewhere, so they can be diagnosed like our own:
 * <ul>
 *   <li>Keras {@code CSVLogger} files: header {@code epoch,loss,val_loss,...} in any column
 *       order, epochs 0-based and consecutive;</li>
 *   <li>Keras {@code history.history} as JSON ({@code {"loss": [...], "val_loss": [...]}}), or
 *       as Python prints the dict (single quotes, {@code nan}, a {@code history.history:}
 *       prefix as in the seed); TF1 keys such as {@code acc}/{@code val_acc} are kept as
 *       extra metrics;</li>
 *   <li>our own {@code history.csv}: header {@code epoch,train_loss,val_loss}, epochs from 1.</li>
 * </ul>
 * Every failure is a {@link CurveFormatException} whose one-line message names the file and
 * the row (1-based line number) or key. CSV is parsed by hand: these files hold only numbers
 * and names, never quoted fields.
 */
public final class CurveReaders {

    private static final JsonMapper LENIENT_JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private CurveReaders() {
    }

    /** Reads a file, choosing the format by extension ({@code .json}/{@code .txt}) or CSV header. */
    public static LossCurve read(Path file) {
        String text = readText(file);
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json") || lower.endsWith(".txt") || text.stripLeading().startsWith("{")) {
            return parseKerasHistory(text, name);
        }
        String header = text.lines().findFirst().orElse("");
        return List.of(header.split(",")).stream().anyMatch(h -> h.strip().equals("train_loss"))
                ? parseHistoryCsv(text, name) : parseKerasCsv(text, name);
    }

    /** Reads a Keras {@code CSVLogger} file. */
    public static LossCurve readKerasCsv(Path file) {
        return parseKerasCsv(readText(file), file.getFileName().toString());
    }

    /** Reads our {@code history.csv}. */
    public static LossCurve readHistoryCsv(Path file) {
        return parseHistoryCsv(readText(file), file.getFileName().toString());
    }

    /** Reads a Keras {@code history.history} dump (JSON or Python dict text). */
    public static LossCurve readKerasHistory(Path file) {
        return parseKerasHistory(readText(file), file.getFileName().toString());
    }

    /** Parses Keras {@code CSVLogger} text; {@code source} names it in errors. */
    public static LossCurve parseKerasCsv(String text, String source) {
        return parseCsv(text, source, "loss", 0);
    }

    /** Parses {@code history.csv} text; {@code source} names it in errors. */
    public static LossCurve parseHistoryCsv(String text, String source) {
        return parseCsv(text, source, "train_loss", 1);
    }

    private static LossCurve parseCsv(String text, String source, String trainKey, int firstEpoch) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new CurveFormatException(source, "empty file, expected a header such as epoch," + trainKey + ",val_loss");
        }
        Map<String, List<Double>> columns = header(lines.get(0), source, trainKey);
        List<String> keys = new ArrayList<>(columns.keySet());
        int expectedEpoch = firstEpoch;
        for (int row = 1; row < lines.size(); row++) {
            String line = lines.get(row);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != keys.size()) {
                throw new CurveFormatException(source, "row " + (row + 1) + ": " + cells.length + " values for "
                        + keys.size() + " columns");
            }
            for (int c = 0; c < cells.length; c++) {
                columns.get(keys.get(c)).add(number(cells[c], source, "row " + (row + 1) + ", column '" + keys.get(c) + "'",
                        keys.get(c).equals("epoch") || keys.get(c).equals(trainKey) || keys.get(c).equals("val_loss")));
            }
            double epoch = columns.get("epoch").get(columns.get("epoch").size() - 1);
            if (row == 1 && firstEpoch == 0 && epoch >= 0 && epoch == Math.rint(epoch)) {
                expectedEpoch = (int) epoch; // Keras resumes from initial_epoch
            }
            if (epoch != expectedEpoch) {
                throw new CurveFormatException(source, "row " + (row + 1) + ": epoch " + cells[keys.indexOf("epoch")].strip()
                        + " where " + expectedEpoch + " was expected (epochs must be consecutive"
                        + (firstEpoch == 1 ? " from 1)" : ")"));
            }
            expectedEpoch++;
        }
        if (columns.get(trainKey).isEmpty()) {
            throw new CurveFormatException(source, "no epochs after the header");
        }
        columns.remove("epoch");
        double[] train = toArray(columns.remove(trainKey));
        List<Double> valList = columns.remove("val_loss");
        Map<String, double[]> extras = new LinkedHashMap<>();
        columns.forEach((k, v) -> extras.put(k, toArray(v)));
        return new LossCurve(source, train, valList == null ? null : toArray(valList), extras);
    }

    /** Column names of a CSV header, each with an empty list for its values, in file order. */
    private static Map<String, List<Double>> header(String line, String source, String trainKey) {
        Map<String, List<Double>> columns = new LinkedHashMap<>();
        for (String h : line.split(",", -1)) {
            String key = h.strip();
            if (key.isEmpty() || columns.containsKey(key)) {
                throw new CurveFormatException(source, "row 1: " + (key.isEmpty() ? "empty" : "duplicate '" + key + "'")
                        + " column name in header");
            }
            columns.put(key, new ArrayList<>());
        }
        for (String required : List.of("epoch", trainKey)) {
            if (!columns.containsKey(required)) {
                throw new CurveFormatException(source, "row 1: no '" + required + "' column in header " + line);
            }
        }
        return columns;
    }

    /** Parses a Keras history dict as JSON or as Python prints it; {@code source} names it in errors. */
    public static LossCurve parseKerasHistory(String text, String source) {
        int open = text.indexOf('{');
        int close = text.lastIndexOf('}');
        if (open < 0 || close < open) {
            throw new CurveFormatException(source, "no {...} dictionary of metric lists found");
        }
        String body = pythonToJson(text.substring(open, close + 1));
        JsonNode root;
        try {
            root = LENIENT_JSON.readTree(body);
        } catch (JacksonException e) {
            throw new CurveFormatException(source, "not a JSON or Python dictionary: " + e.getOriginalMessage(), e);
        }
        if (!root.isObject()) {
            throw new CurveFormatException(source, "expected a dictionary of metric lists");
        }
        Map<String, double[]> metrics = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            metrics.put(field.getKey(), numbers(field.getValue(), source, field.getKey()));
        }
        double[] train = metrics.remove("loss");
        if (train == null) {
            throw new CurveFormatException(source, "no 'loss' key; keys are " + root.properties().stream()
                    .map(Map.Entry::getKey).toList());
        }
        double[] val = metrics.remove("val_loss");
        for (Map.Entry<String, double[]> m : metrics.entrySet()) {
            if (m.getValue().length != train.length) {
                throw new CurveFormatException(source, "key '" + m.getKey() + "' has " + m.getValue().length
                        + " values but 'loss' has " + train.length);
            }
        }
        if (val != null && val.length != train.length) {
            throw new CurveFormatException(source, "key 'val_loss' has " + val.length + " values but 'loss' has "
                    + train.length);
        }
        if (train.length == 0) {
            throw new CurveFormatException(source, "key 'loss' has no values");
        }
        return new LossCurve(source, train, val, metrics);
    }

    /** Python's float spellings outside quotes become JSON's non-numeric tokens. */
    private static String pythonToJson(String dict) {
        return dict.replaceAll("(?<![\\w'\"])-inf(?![\\w'\"])", "-Infinity")
                .replaceAll("(?<![\\w'\"-])inf(?![\\w'\"])", "Infinity")
                .replaceAll("(?<![\\w'\"])nan(?![\\w'\"])", "NaN");
    }

    private static double[] numbers(JsonNode node, String source, String key) {
        if (!node.isArray()) {
            throw new CurveFormatException(source, "key '" + key + "' is not a list of numbers");
        }
        double[] out = new double[node.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode v = node.get(i);
            if (!v.isNumber()) {
                throw new CurveFormatException(source, "key '" + key + "', item " + (i + 1) + ": '" + v.asText()
                        + "' is not a number");
            }
            out[i] = v.doubleValue();
        }
        return out;
    }

    private static Double number(String cell, String source, String where, boolean required) {
        String s = cell.strip();
        switch (s.toLowerCase(Locale.ROOT)) {
            case "nan":
                return Double.NaN;
            case "inf", "infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            case "", "na":
                if (required) {
                    throw new CurveFormatException(source, where + ": missing value"
                            + (s.isEmpty() ? "" : " (NA: logs with validation only every few epochs are not supported)"));
                }
                return Double.NaN;
            default:
                try {
                    return Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    throw new CurveFormatException(source, where + ": '" + s + "' is not a number", e);
                }
        }
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CurveFormatException(String.valueOf(file.getFileName()), "cannot read: " + e.getMessage(), e);
        }
    }
}

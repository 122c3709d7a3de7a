package org.lstmworkbench.diagnosis;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.lstmworkbench.SpecialFiles;

/**
 * Reads learning curves written elsewhere, so they can be diagnosed like our own:
 * <ul>
 *   <li>Keras {@code CSVLogger} files: header {@code epoch,loss,val_loss,...} in any column
 *       order, epochs 0-based and consecutive;</li>
 *   <li>Keras {@code history.history} as JSON ({@code {"loss": [...], "val_loss": [...]}}), or
 *       as Python prints the dict (single quotes, {@code nan}, a {@code history.history:}
 *       prefix as in the seed); other keys are kept as extra metrics;</li>
 *   <li>our own {@code history.csv}: header {@code epoch,train_loss,val_loss}, epochs from 1.</li>
 * </ul>
 * Accuracy columns or keys (Keras 2 {@code accuracy}/{@code val_accuracy}, TF1
 * {@code acc}/{@code val_acc}, our {@code train_accuracy}/{@code val_accuracy}) stay among the
 * extras and reach the labeller through {@link LossCurve#accuracy()} and
 * {@link LossCurve#toCurveInput()}.
 * Every failure is a {@link CurveFormatException} whose one-line message names the file and
 * the row (1-based line number) or key. CSV is parsed with Commons CSV (RFC 4180: quoted
 * fields, CRLF), so a metric Keras quotes does not break the columns.
 */
public final class CurveReaders {

    private static final JsonMapper LENIENT_JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    /** Plain RFC 4180 records; the header is read as the first non-blank record so its errors are ours. */
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

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
        return List.of(header.split(",")).stream().anyMatch(h -> h.strip().replace("\"", "").equals("train_loss"))
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
        int[] lineStarts = lineStarts(text);
        Map<String, List<Double>> columns = null;
        int expectedEpoch = firstEpoch;
        List<String> keys = null;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSV)) {
            for (CSVRecord record : parser) {
                int row = lineOf(lineStarts, record.getCharacterPosition());
                if (isBlank(record)) {
                    continue;
                }
                if (keys == null) {
                    columns = header(record, row, source, trainKey);
                    keys = new ArrayList<>(columns.keySet());
                    continue;
                }
                if (record.size() != keys.size()) {
                    throw new CurveFormatException(source, "row " + row + ": " + record.size() + " values for "
                            + keys.size() + " columns");
                }
                for (int c = 0; c < record.size(); c++) {
                    String key = keys.get(c);
                    columns.get(key).add(number(record.get(c), source, "row " + row + ", column '" + key + "'",
                            key.equals("epoch") || key.equals(trainKey) || key.equals("val_loss")));
                }
                expectedEpoch = checkEpoch(columns.get("epoch"), expectedEpoch, firstEpoch, source, row,
                        record.get(keys.indexOf("epoch")));
            }
        } catch (IOException | UncheckedIOException e) {
            // Commons CSV reports a broken quoted field this way; its message holds the line
            throw new CurveFormatException(source, "malformed CSV: " + e.getMessage(), e);
        }
        if (keys == null) {
            throw new CurveFormatException(source, "empty file, expected a header such as epoch," + trainKey + ",val_loss");
        }
        if (columns.get(trainKey).isEmpty()) {
            throw new CurveFormatException(source, "no epochs after the header");
        }
        columns.remove("epoch");
        // our history.csv names its format in a trailing column (version 2 on); it is no curve
        columns.remove("format_version");
        double[] train = toArray(columns.remove(trainKey));
        List<Double> valList = columns.remove("val_loss");
        Map<String, double[]> extras = new LinkedHashMap<>();
        columns.forEach((k, v) -> extras.put(k, toArray(v)));
        return new LossCurve(source, train, valList == null ? null : toArray(valList), extras);
    }

    /** Checks the epoch just read follows the previous one; returns the epoch expected next. */
    private static int checkEpoch(List<Double> epochs, int expected, int firstEpoch, String source, int row,
                                  String cell) {
        double epoch = epochs.get(epochs.size() - 1);
        if (epochs.size() == 1 && firstEpoch == 0 && epoch >= 0 && epoch == Math.rint(epoch)) {
            expected = (int) epoch; // Keras resumes from initial_epoch
        }
        if (epoch != expected) {
            throw new CurveFormatException(source, "row " + row + ": epoch " + cell.strip() + " where " + expected
                    + " was expected (epochs must be consecutive" + (firstEpoch == 1 ? " from 1)" : ")"));
        }
        return expected + 1;
    }

    /** Column names of a CSV header record, each with an empty list for its values, in file order. */
    private static Map<String, List<Double>> header(CSVRecord record, int row, String source, String trainKey) {
        Map<String, List<Double>> columns = new LinkedHashMap<>();
        for (String h : record) {
            String key = h.strip();
            if (key.isEmpty() || columns.containsKey(key)) {
                throw new CurveFormatException(source, "row " + row + ": "
                        + (key.isEmpty() ? "empty" : "duplicate '" + key + "'") + " column name in header");
            }
            columns.put(key, new ArrayList<>());
        }
        for (String required : List.of("epoch", trainKey)) {
            if (!columns.containsKey(required)) {
                throw new CurveFormatException(source, "row " + row + ": no '" + required + "' column in header "
                        + String.join(",", record));
            }
        }
        return columns;
    }

    /** A line with nothing on it: Commons CSV gives one empty value (kept so row numbers stay true). */
    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    /** Character offsets at which each line starts ({@code \n}, {@code \r\n} or {@code \r} endings). */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || (ch == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** 1-based line number of a character offset. */
    private static int lineOf(int[] lineStarts, long position) {
        int i = Arrays.binarySearch(lineStarts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1;
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
        if (SpecialFiles.isSpecial(file)) {
            // a FIFO waits for a writer and /dev/zero never ends: either would block (or fill memory) for ever
            throw new CurveFormatException(String.valueOf(file.getFileName()), "is not a regular file (a pipe, "
                    + "device or socket: " + file.toAbsolutePath() + "); give a curve file");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CurveFormatException(String.valueOf(file.getFileName()), "cannot read: " + e.getMessage(), e);
        }
    }
}

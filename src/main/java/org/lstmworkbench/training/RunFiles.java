package org.lstmworkbench.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lstmworkbench.AtomicFiles;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.ClassificationTask;
import org.lstmworkbench.model.ModelConfigJson;

/**
 * The files a run leaves behind: {@code history.csv} (one row per epoch, header {@code epoch},
 * the run's metric ids in order, {@code learning_rate,elapsed_ms,format_version}; epochs from 1)
 * and {@code run.json} (format version, configuration, seed, status, best, final and test values
 * named after the run's metrics, parameter count, timings; a classification run adds its
 * {@code classes} with their counts, its best validation accuracy and, under
 * {@code classification}, the confusion matrix and per-class scores of its validation and test
 * parts, see {@link #reportJson}). Non-finite numbers are written as
 * empty CSV cells and JSON nulls, so every file parses with standard tools.
 *
 * <p>Format versions: 1 is the unversioned layout of the first release (history.csv without the
 * {@code format_version} column, run.json without {@code formatVersion}); 2 adds the version.
 * The version is a trailing column rather than a comment line so that pandas, R and
 * spreadsheets keep reading the file as they did.
 */
public final class RunFiles {

    /** The format version the writers of this release write. */
    public static final int FORMAT_VERSION = 2;

    /** The history.csv column (and run.json field) holding the format version. */
    public static final String VERSION_COLUMN = "format_version";

    /** Columns of a regression run's history.csv, in order. */
    public static final List<String> HISTORY_COLUMNS = historyColumns(RunMetrics.REGRESSION.epoch());

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunFiles() {
    }

    /** The columns of a history.csv of runs recording these metrics. */
    public static List<String> historyColumns(List<Metric> metrics) {
        List<String> columns = new ArrayList<>();
        columns.add("epoch");
        metrics.forEach(m -> columns.add(m.id()));
        columns.addAll(List.of("learning_rate", "elapsed_ms", VERSION_COLUMN));
        return List.copyOf(columns);
    }

    /** Writes a run's per-epoch history as CSV, one column per metric of the run. */
    public static void writeHistory(Path file, RunResult run) {
        writeHistory(file, run.metrics(), run.history());
    }

    /** Writes the per-epoch history as CSV; the metrics are the epochs' own (a regression run's when there is none). */
    public static void writeHistory(Path file, List<EpochMetrics> history) {
        writeHistory(file, history.isEmpty() ? RunMetrics.REGRESSION.epoch()
                : history.get(0).metrics().keySet().stream().map(RunFiles::metricOf).toList(), history);
    }

    /** Writes the per-epoch history of these metrics as CSV. */
    public static void writeHistory(Path file, List<Metric> metrics, List<EpochMetrics> history) {
        AtomicFiles.write(file, "the history", out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                    .setHeader(historyColumns(metrics).toArray(String[]::new)).setRecordSeparator('\n').get());
            for (EpochMetrics m : history) {
                csv.printRecord(historyRow(metrics, m));
            }
            csv.flush();
        });
    }

    /** The metrics an epoch carries, in its order (what a history of such epochs has as columns). */
    static List<Metric> metricsOf(EpochMetrics m) {
        return m.metrics().keySet().stream().map(RunFiles::metricOf).toList();
    }

    /** One history line's cells, as {@link #writeHistory} writes them. */
    static List<Object> historyRow(List<Metric> metrics, EpochMetrics m) {
        List<Object> row = new ArrayList<>();
        row.add(m.epoch());
        metrics.forEach(metric -> row.add(cell(m.value(metric))));
        row.add(cell(m.learningRate()));
        row.add(m.elapsedMillis());
        row.add(FORMAT_VERSION);
        return row;
    }

    /**
     * Reads a history.csv of either format: version 1 (the seven regression columns) or 2 (the
     * metric columns its header names, then the version). Empty cells are NaN.
     */
    public static List<EpochMetrics> readHistory(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new WorkbenchException(file + ": the run's history cannot be read (" + e.getMessage() + ")", e);
        }
        if (lines.isEmpty()) {
            throw new WorkbenchException(file + ": empty history file, expected a header such as "
                    + String.join(",", HISTORY_COLUMNS));
        }
        List<String> header = List.of(lines.get(0).split(",", -1));
        boolean v2 = !header.isEmpty() && header.get(header.size() - 1).equals(VERSION_COLUMN);
        int metricEnd = header.size() - (v2 ? 3 : 2);
        if (metricEnd < 1 || !header.get(0).equals("epoch") || !header.get(metricEnd).equals("learning_rate")) {
            throw new WorkbenchException(file + " line 1: not a history header: " + lines.get(0));
        }
        List<String> ids = header.subList(1, metricEnd);
        List<EpochMetrics> h = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",", -1);
            if (c.length != header.size()) {
                throw new WorkbenchException(file + " line " + (i + 1) + ": expected " + header.size()
                        + " columns, found " + c.length);
            }
            // a bad number here must name this file, line and column, not the results line that pointed to it
            String where = file + " line " + (i + 1) + ": column \"";
            Map<String, Double> values = new LinkedHashMap<>();
            for (int k = 0; k < ids.size(); k++) {
                values.put(ids.get(k), number(c[k + 1], where + ids.get(k) + "\""));
            }
            int epoch = (int) whole(c[0], where + "epoch\"", Integer.MAX_VALUE);
            double learningRate = number(c[metricEnd], where + "learning_rate\"");
            long elapsed = whole(c[metricEnd + 1], where + "elapsed_ms\"", Long.MAX_VALUE);
            try {
                h.add(new EpochMetrics(epoch, values, learningRate, elapsed));
            } catch (IllegalArgumentException e) {
                // a bad number here must name this file, not the results line that pointed to it
                throw new WorkbenchException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return h;
    }

    private static final List<Metric> KNOWN = List.of(Metric.TRAIN_LOSS, Metric.VAL_LOSS, Metric.TRAIN_RMSE,
            Metric.VAL_RMSE, Metric.TRAIN_ACCURACY, Metric.VAL_ACCURACY, Metric.TRAIN_BALANCED_ACCURACY,
            Metric.VAL_BALANCED_ACCURACY);

    private static Metric metricOf(String id) {
        return KNOWN.stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseGet(() -> new Metric(id, id, "", false));
    }

    /** A history cell: empty is NaN; anything but a plain number is refused with its text and place. */
    private static double number(String s, String where) {
        if (s.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new WorkbenchException(where + ": \"" + s + "\" is not a number", e);
        }
    }

    /** A whole-number history cell from 0 to {@code max}. */
    private static long whole(String s, String where, long max) {
        try {
            long value = Long.parseLong(s.strip());
            if (value >= 0 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the message below says what was wanted
        }
        throw new WorkbenchException(where + ": \"" + s + "\" is not a whole number from 0 to " + max);
    }

    /**
     * The run's summary as JSON.
     *
     * @param data the data settings the run used (any JSON), or null
     */
    public static ObjectNode runJson(RunResult r, JsonNode data) {
        RunMetrics measured = RunMetrics.of(r.config());
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("status", r.status().label());
        root.put("message", r.message());
        root.put("seed", r.seed());
        root.put("epochs", r.history().size());
        root.put("epochsRequested", r.config().epochs());
        for (Metric m : measured.summary()) {
            putNumber(root, "final" + camel(m), r.finalValue(m));
        }
        root.put("bestEpoch", r.bestEpoch());
        root.put("restoredBestWeights", r.restoredBest());
        putNumber(root, "model" + camel(measured.monitored()), r.modelValue(measured.monitored()));
        putNumber(root, "best" + camel(measured.monitored()), r.bestValue());
        for (Metric m : measured.best()) {
            if (!m.equals(measured.monitored())) {
                putNumber(root, "best" + camel(m), r.bestOf(m));
            }
        }
        for (Metric m : measured.test()) {
            String name = camel(m);
            putNumber(root, Character.toLowerCase(name.charAt(0)) + name.substring(1), r.test(m.id()));
        }
        if (r.config().task() instanceof ClassificationTask task) {
            ArrayNode classes = root.putArray("classes");
            for (int i = 0; i < task.size(); i++) {
                classes.addObject().put("index", i).put("name", task.classes().name(i))
                        .put("count", task.classes().count(i));
            }
            ObjectNode reports = root.putObject("classification");
            r.classificationReports().forEach((part, report) -> reports.set(part, reportJson(report)));
        }
        root.put("parameterCount", r.parameterCount());
        root.putObject("engine").put("name", r.engine().engine()).put("precision", r.engine().precision())
                .put("note", r.engine().note());
        ObjectNode timings = root.putObject("timings");
        timings.put("wallMillis", r.wallMillis());
        putNumber(timings, "millisPerEpoch", r.history().isEmpty() ? Double.NaN
                : (double) r.history().get(r.history().size() - 1).elapsedMillis() / r.history().size());
        if (data != null) {
            root.set("data", data);
        }
        root.set("config", ModelConfigJson.toTree(r.config()));
        return root;
    }

    /**
     * A classification report as JSON: {@code classes}, {@code confusion} (rows the actual class,
     * columns the predicted one), {@code accuracy}, {@code balancedAccuracy} and {@code perClass}
     * (each class's {@code precision}, {@code recall}, {@code f1} and {@code support}, its
     * sequences in the part); an undefined score is null.
     */
    public static ObjectNode reportJson(ClassificationReport report) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode classes = node.putArray("classes");
        report.classes().forEach(classes::add);
        ArrayNode confusion = node.putArray("confusion");
        long[][] counts = report.confusion();
        for (long[] row : counts) {
            ArrayNode r = confusion.addArray();
            for (long v : row) {
                r.add(v);
            }
        }
        putNumber(node, "accuracy", report.accuracy());
        putNumber(node, "balancedAccuracy", report.balancedAccuracy());
        ArrayNode perClass = node.putArray("perClass");
        for (int c = 0; c < report.classes().size(); c++) {
            ObjectNode one = perClass.addObject();
            one.put("class", report.classes().get(c));
            putNumber(one, "precision", report.precision()[c]);
            putNumber(one, "recall", report.recall()[c]);
            putNumber(one, "f1", report.f1()[c]);
            one.put("support", java.util.Arrays.stream(counts[c]).sum());
        }
        return node;
    }

    /** The report of its JSON ({@link #reportJson}): the scores are derived again from the confusion counts. */
    public static ClassificationReport readReport(JsonNode node) {
        List<String> classes = new ArrayList<>();
        node.path("classes").forEach(c -> classes.add(c.asText()));
        long[][] confusion = new long[classes.size()][classes.size()];
        JsonNode rows = node.path("confusion");
        if (rows.size() != classes.size()) {
            throw new WorkbenchException("a confusion matrix of " + classes.size() + " classes needs as many rows, found "
                    + rows.size());
        }
        for (int i = 0; i < classes.size(); i++) {
            if (rows.get(i).size() != classes.size()) {
                throw new WorkbenchException("confusion row " + (i + 1) + " has " + rows.get(i).size() + " counts for "
                        + classes.size() + " classes");
            }
            for (int j = 0; j < classes.size(); j++) {
                confusion[i][j] = rows.get(i).get(j).asLong();
            }
        }
        return ClassificationReport.of(classes, confusion);
    }

    /** Writes {@link #runJson} to a file. */
    public static void writeRunJson(Path file, ObjectNode json) {
        AtomicFiles.write(file, "the run summary",
                out -> out.write((JSON.writeValueAsString(json) + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    private static void putNumber(ObjectNode node, String field, double v) {
        if (Double.isFinite(v)) {
            node.put(field, v);
        } else {
            node.putNull(field);
        }
    }

    /** A metric id as a JSON field-name part: {@code val_loss} gives {@code ValLoss}. */
    private static String camel(Metric m) {
        StringBuilder b = new StringBuilder();
        for (String part : m.id().split("_")) {
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }

    private static String cell(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%s", v) : "";
    }
}

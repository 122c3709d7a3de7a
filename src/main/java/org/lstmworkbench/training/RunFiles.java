package org.lstmworkbench.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.ModelConfigJson;

/**
 * The files a run leaves behind: {@code history.csv} (one row per epoch, header {@code epoch},
 * the run's metric ids in order, {@code learning_rate,elapsed_ms,format_version}; epochs from 1)
 * and {@code run.json} (format version, configuration, seed, status, best, final and test values
 * named after the run's metrics, parameter count, timings). Non-finite numbers are written as
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
        try (Writer w = Files.newBufferedWriter(file);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                     .setHeader(historyColumns(metrics).toArray(String[]::new)).setRecordSeparator('\n').get())) {
            for (EpochMetrics m : history) {
                List<Object> row = new ArrayList<>();
                row.add(m.epoch());
                metrics.forEach(metric -> row.add(cell(m.value(metric))));
                row.add(cell(m.learningRate()));
                row.add(m.elapsedMillis());
                row.add(FORMAT_VERSION);
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot write the history (" + e.getMessage() + ")", e);
        }
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
            Map<String, Double> values = new LinkedHashMap<>();
            for (int k = 0; k < ids.size(); k++) {
                values.put(ids.get(k), parse(c[k + 1]));
            }
            h.add(new EpochMetrics(Integer.parseInt(c[0]), values, parse(c[metricEnd]), Long.parseLong(c[metricEnd + 1])));
        }
        return h;
    }

    private static Metric metricOf(String id) {
        return RunMetrics.REGRESSION.epoch().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseGet(() -> new Metric(id, id, "", false));
    }

    private static double parse(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
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
        for (Metric m : measured.test()) {
            String name = camel(m);
            putNumber(root, Character.toLowerCase(name.charAt(0)) + name.substring(1), r.test(m.id()));
        }
        root.put("parameterCount", r.parameterCount());
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

    /** Writes {@link #runJson} to a file. */
    public static void writeRunJson(Path file, ObjectNode json) {
        try {
            Files.writeString(file, JSON.writeValueAsString(json) + "\n");
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot write the run summary (" + e.getMessage() + ")", e);
        }
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

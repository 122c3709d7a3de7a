package org.lstmworkbench.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.training.RunFiles;
import org.lstmworkbench.training.RunMetrics;
import org.lstmworkbench.training.RunStatus;

/**
 * The layout of {@code results.csv}: {@code point}, one column per swept parameter (by name),
 * then {@code repeat,seed,status,epochs}, one column per summary metric of the runs (the
 * returned model's value: {@code train_loss,val_loss}), the best monitored value
 * ({@code best_val_loss}), {@code best_epoch}, one column per test metric ({@code test_rmse}),
 * {@code label,wall_ms}, from format version 3 {@code engine} (which engine trained the run:
 * {@code fast}, {@code fast-float} for the fast engine in float precision, {@code dl4j}, {@code fused}) and, from version 2, {@code format_version}. Numbers are written
 * with Java's shortest exact representation (read back bit for bit); NaN is an empty cell.
 *
 * <p>Version 1 (the first release) has no {@code format_version} column, version 2 no {@code engine}
 * column; a folder of an older version is resumed in its own layout, so one file never mixes them.
 */
final class ResultsCsv {

    /** The results.csv format this release writes (history files keep {@link RunFiles#FORMAT_VERSION}). */
    static final int FORMAT_VERSION = 3;
    static final String ENGINE_COLUMN = "engine";

    private final Experiment experiment;
    private final int version;
    private final List<String> valueColumns;
    private final List<String> header;

    /** The layout this release writes. */
    ResultsCsv(Experiment experiment) {
        this(experiment, FORMAT_VERSION);
    }

    /** The layout of a given format version (1 to 3). */
    ResultsCsv(Experiment experiment, int version) {
        if (version < 1 || version > FORMAT_VERSION) {
            throw new WorkbenchException("results.csv format version " + version + " is not supported (this version"
                    + " reads 1 to " + FORMAT_VERSION + ")");
        }
        this.experiment = experiment;
        this.version = version;
        RunMetrics measured = RunMetrics.of(experiment.base());
        List<String> values = new ArrayList<>();
        measured.summary().forEach(m -> values.add(m.id()));
        measured.best().forEach(m -> values.add(SweepMetric.bestColumn(m)));
        this.valueColumns = List.copyOf(values);
        List<String> h = new ArrayList<>();
        h.add("point");
        h.addAll(experiment.parameterNames());
        h.addAll(List.of("repeat", "seed", "status", "epochs"));
        h.addAll(valueColumns);
        h.add("best_epoch");
        measured.test().forEach(m -> h.add(m.id()));
        h.addAll(List.of("label", "wall_ms"));
        if (version >= 3) {
            h.add(ENGINE_COLUMN);
        }
        if (version >= 2) {
            h.add(RunFiles.VERSION_COLUMN);
        }
        this.header = List.copyOf(h);
    }

    /**
     * The format version of an existing results file: 3 when its header ends with the engine and
     * version columns, 2 when it ends with the version column, else 1.
     */
    static int versionOf(Path results) {
        String first;
        try (var lines = Files.lines(results)) {
            first = lines.findFirst().orElse("");
        } catch (IOException e) {
            throw new WorkbenchException(results + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (first.endsWith("," + ENGINE_COLUMN + "," + RunFiles.VERSION_COLUMN)) {
            return 3;
        }
        return first.endsWith("," + RunFiles.VERSION_COLUMN) ? 2 : 1;
    }

    List<String> header() {
        return header;
    }

    String headerLine() {
        return format(header);
    }

    String line(RunRecord r) {
        List<Object> cells = new ArrayList<>();
        cells.add(r.point().index());
        cells.addAll(r.point().values().values());
        cells.add(r.repeat());
        cells.add(r.seed());
        cells.add(r.status().label());
        cells.add(r.epochs());
        valueColumns.forEach(c -> cells.add(number(r.value(c))));
        cells.add(r.bestEpoch());
        testColumns().forEach(c -> cells.add(number(r.value(c))));
        cells.add(r.label());
        cells.add(r.wallMillis());
        if (version >= 3) {
            cells.add(r.engine());
        }
        if (version >= 2) {
            cells.add(version);
        }
        return format(cells);
    }

    private List<String> testColumns() {
        return RunMetrics.of(experiment.base()).test().stream().map(m -> m.id()).toList();
    }

    /** Reads every complete line; the caller has cut a partial last line. */
    List<RunRecord> read(Path results, Path histories) {
        List<SweepPoint> points = experiment.sweep().points();
        List<RunRecord> records = new ArrayList<>();
        Map<String, Long> lineOfRun = new HashMap<>();
        for (CSVRecord c : SweepStore.parse(results)) {
            // the header is line 1 and a results line holds no line break, so record n is physical line n + 1
            long line = c.getRecordNumber() + 1;
            try {
                int index = Integer.parseInt(c.get("point"));
                if (index < 0 || index >= points.size()) {
                    throw new WorkbenchException(results + " line " + line + ": point " + index
                            + " is not in this experiment");
                }
                SweepPoint p = points.get(index);
                for (Map.Entry<String, String> v : p.values().entrySet()) {
                    if (!v.getValue().equals(c.get(v.getKey()))) {
                        throw new WorkbenchException(results + " line " + line + ": " + v.getKey()
                                + " is " + c.get(v.getKey()) + ", the experiment says " + v.getValue());
                    }
                }
                int repeat = Integer.parseInt(c.get("repeat"));
                String id = RunSpec.id(index, repeat);
                Long first = lineOfRun.putIfAbsent(id, line);
                if (first != null) {
                    throw new WorkbenchException(results + " line " + line + ": point " + index + " repeat " + repeat
                            + " is already stored on line " + first + " (a run is stored once: remove one of them)");
                }
                Map<String, Double> values = new LinkedHashMap<>();
                valueColumns.forEach(v -> values.put(v, parse(c.get(v))));
                testColumns().forEach(v -> values.put(v, parse(c.get(v))));
                records.add(new RunRecord(p, repeat, Long.parseLong(c.get("seed")), status(c.get("status")),
                        Integer.parseInt(c.get("epochs")), values, Integer.parseInt(c.get("best_epoch")),
                        c.get("label"), Long.parseLong(c.get("wall_ms")),
                        RunFiles.readHistory(histories.resolve(id + ".csv")),
                        version >= 3 ? c.get(ENGINE_COLUMN) : null));
            } catch (IllegalArgumentException e) {
                // Bad numbers, an unknown status or a missing column: name the line.
                throw new WorkbenchException(results + " line " + line + ": " + e.getMessage(), e);
            }
        }
        return records;
    }

    static boolean headerComplete(Path results) {
        try {
            String text = Files.readString(results);
            return text.indexOf('\n') > 0;
        } catch (IOException e) {
            throw new WorkbenchException(results + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static RunStatus status(String label) {
        try {
            return RunStatus.valueOf(label.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status \"" + label + "\" is not a run status", e);
        }
    }

    static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }

    static double parse(String s) {
        return s == null || s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static String format(List<?> cells) {
        return CSVFormat.DEFAULT.format(cells.toArray()) + "\n";
    }
}

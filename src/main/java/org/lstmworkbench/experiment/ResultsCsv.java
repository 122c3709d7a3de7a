package org.lstmworkbench.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.RunStatus;

/**
 * The layout of {@code results.csv}: {@code point}, one column per swept parameter (by name),
 * then {@code repeat,seed,status,epochs,train_loss,val_loss,best_val_loss,best_epoch,test_rmse,label,wall_ms}.
 * Numbers are written with Java's shortest exact representation (read back bit for bit);
 * NaN is an empty cell.
 */
final class ResultsCsv {

    static final List<String> RUN_COLUMNS = List.of("repeat", "seed", "status", "epochs", "train_loss", "val_loss",
            "best_val_loss", "best_epoch", "test_rmse", "label", "wall_ms");

    private final Experiment experiment;
    private final List<String> header;

    ResultsCsv(Experiment experiment) {
        this.experiment = experiment;
        List<String> h = new ArrayList<>();
        h.add("point");
        h.addAll(experiment.parameterNames());
        h.addAll(RUN_COLUMNS);
        this.header = List.copyOf(h);
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
        cells.add(number(r.trainLoss()));
        cells.add(number(r.valLoss()));
        cells.add(number(r.bestValLoss()));
        cells.add(r.bestEpoch());
        cells.add(number(r.testRmse()));
        cells.add(r.label());
        cells.add(r.wallMillis());
        return format(cells);
    }

    /** Reads every complete line; the caller has cut a partial last line. */
    List<RunRecord> read(Path results, Path histories) {
        List<SweepPoint> points = experiment.sweep().points();
        List<RunRecord> records = new ArrayList<>();
        for (CSVRecord c : SweepStore.parse(results)) {
            try {
                int index = Integer.parseInt(c.get("point"));
                if (index < 0 || index >= points.size()) {
                    throw new WorkbenchException(results + " line " + c.getRecordNumber() + ": point " + index
                            + " is not in this experiment");
                }
                SweepPoint p = points.get(index);
                for (Map.Entry<String, String> v : p.values().entrySet()) {
                    if (!v.getValue().equals(c.get(v.getKey()))) {
                        throw new WorkbenchException(results + " line " + c.getRecordNumber() + ": " + v.getKey()
                                + " is " + c.get(v.getKey()) + ", the experiment says " + v.getValue());
                    }
                }
                int repeat = Integer.parseInt(c.get("repeat"));
                String id = RunSpec.id(index, repeat);
                records.add(new RunRecord(p, repeat, Long.parseLong(c.get("seed")), status(c.get("status")),
                        Integer.parseInt(c.get("epochs")), parse(c.get("train_loss")), parse(c.get("val_loss")),
                        parse(c.get("best_val_loss")), Integer.parseInt(c.get("best_epoch")),
                        parse(c.get("test_rmse")), c.get("label"), Long.parseLong(c.get("wall_ms")),
                        readHistory(histories.resolve(id + ".csv"))));
            } catch (IllegalArgumentException e) {
                // Bad numbers, an unknown status or a missing column: name the line.
                throw new WorkbenchException(results + " line " + c.getRecordNumber() + ": " + e.getMessage(), e);
            }
        }
        return records;
    }

    /** Reads a history file written by {@code RunFiles.writeHistory}. */
    static List<EpochMetrics> readHistory(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new WorkbenchException(file + ": the run's history cannot be read (" + e.getMessage() + ")", e);
        }
        List<EpochMetrics> h = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",", -1);
            if (c.length != 7) {
                throw new WorkbenchException(file + " line " + (i + 1) + ": expected 7 columns, found " + c.length);
            }
            h.add(EpochMetrics.regression(Integer.parseInt(c[0]), parse(c[1]), parse(c[2]), parse(c[3]), parse(c[4]),
                    parse(c[5]), Long.parseLong(c[6])));
        }
        return h;
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
        return RunStatus.valueOf(label.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
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

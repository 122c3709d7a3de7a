package org.lstmworkbench.workspace;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.RunMetrics;

/**
 * Histories of several runs as one long CSV ({@code run,seed,epoch}, then the runs' metrics:
 * {@code train_loss,val_loss,train_rmse,val_rmse} for regression),
 * the tidy shape pandas, R and spreadsheets pivot easily. Non-finite values are empty cells. When
 * any run has a dataset, two columns follow the metrics: {@code dataset} (its name) and
 * {@code dataset_settings} (target, lags, transforms, split...), empty for a run without data (an
 * imported curve), so rows of runs of different data are told apart.
 */
public final class HistoryExport {

    /** A run's name, seed, history and the data it was trained on (null: none known). */
    public record Entry(String run, long seed, List<EpochMetrics> history, RunDataset dataset) {

        /** A run without a dataset. */
        public Entry(String run, long seed, List<EpochMetrics> history) {
            this(run, seed, history, null);
        }
    }

    private HistoryExport() {
    }

    /**
     * Writes every run's epochs, one row each: {@code run,seed,epoch}, then one column per metric
     * the runs record (in the order of their metric list; a regression run's when no run has an epoch).
     */
    public static void writeLong(Path file, List<Entry> runs) {
        List<String> ids = metricIds(runs);
        List<String> header = new ArrayList<>(List.of("run", "seed", "epoch"));
        header.addAll(ids);
        boolean withData = runs.stream().anyMatch(e -> e.dataset() != null);
        if (withData) {
            header.addAll(List.of("dataset", "dataset_settings"));
        }
        try (Writer w = Files.newBufferedWriter(file);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                     .setHeader(header.toArray(String[]::new)).get())) {
            for (Entry e : runs) {
                for (EpochMetrics m : e.history()) {
                    List<Object> row = new ArrayList<>(List.of(e.run(), e.seed(), m.epoch()));
                    ids.forEach(id -> row.add(cell(m.value(id))));
                    if (withData) {
                        row.add(e.dataset() == null ? "" : e.dataset().name());
                        row.add(e.dataset() == null ? "" : e.dataset().settings());
                    }
                    csv.printRecord(row);
                }
            }
        } catch (IOException ex) {
            throw new WorkbenchException(file + ": cannot write the histories (" + ex.getMessage() + ")", ex);
        }
    }

    /** The metric ids of the runs' epochs, first seen first. */
    private static List<String> metricIds(List<Entry> runs) {
        Set<String> ids = new LinkedHashSet<>();
        runs.forEach(e -> e.history().forEach(m -> ids.addAll(m.metrics().keySet())));
        return ids.isEmpty() ? RunMetrics.REGRESSION.epoch().stream().map(Metric::id).toList() : List.copyOf(ids);
    }

    private static String cell(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }
}

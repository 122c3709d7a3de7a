package org.lstmworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lstmworkbench.experiment.SweepMetric;
import org.lstmworkbench.experiment.SummaryCsv;
import org.lstmworkbench.experiment.SweepPoint;
import org.lstmworkbench.experiment.SweepResult;
import org.lstmworkbench.experiment.SweepStore;
import org.lstmworkbench.report.BoxPlotImages;

/** Writes a finished sweep's summary.csv and boxplot.png and prints its describe() table. */
final class SweepReport {

    private SweepReport() {
    }

    /**
     * Writes DIR/summary.csv and DIR/boxplot.png for the sweep's primary metric (the final value
     * of the metric its runs monitor: validation loss for regression); {@code title} is prefixed
     * to {@code "<metric> per point"}, or is the metric's name alone when null.
     */
    static void writeFiles(Path dir, SweepResult result, String prefix, boolean perPoint) {
        writeFiles(dir, result, result.primaryMetric(), prefix, perPoint);
    }

    /** {@link #writeFiles(Path, SweepResult, String, boolean)} for a chosen metric. */
    static void writeFiles(Path dir, SweepResult result, SweepMetric metric, String prefix, boolean perPoint) {
        SummaryCsv.write(dir.resolve(SweepStore.SUMMARY), result, metric);
        Map<String, double[]> groups = new LinkedHashMap<>();
        for (SweepPoint p : result.points()) {
            groups.put(p.label(), result.values(p, metric));
        }
        String title = (prefix == null ? "" : prefix + ": ") + metric.description() + (perPoint ? " per point" : "");
        BoxPlotImages.writePng(dir.resolve("boxplot.png"), title, metric.description(), groups, 1000, 700);
    }

    /** Prints the describe() table of the sweep's primary metric and the best point. */
    static void printTable(PrintWriter out, SweepResult result) {
        printTable(out, result, result.primaryMetric());
    }

    /** Prints the describe() table of a chosen metric and the best point (highest first when higher is better). */
    static void printTable(PrintWriter out, SweepResult result, SweepMetric metric) {
        out.println(metric.description() + " per point (describe(), as pandas prints it):");
        out.print(result.describeTable(metric));
        result.best(metric).ifPresent(b -> out.println(b.text()));
        out.flush();
    }
}

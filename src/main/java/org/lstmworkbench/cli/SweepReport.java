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

    /** Writes DIR/summary.csv and DIR/boxplot.png for the final validation loss. */
    static void writeFiles(Path dir, SweepResult result, String title) {
        SummaryCsv.write(dir.resolve(SweepStore.SUMMARY), result, SweepMetric.VAL_LOSS);
        Map<String, double[]> groups = new LinkedHashMap<>();
        for (SweepPoint p : result.points()) {
            groups.put(p.label(), result.values(p, SweepMetric.VAL_LOSS));
        }
        BoxPlotImages.writePng(dir.resolve("boxplot.png"), title, "final validation loss", groups, 1000, 700);
    }

    /** Prints the describe() table of the final validation loss and the best point. */
    static void printTable(PrintWriter out, SweepResult result) {
        out.println("final validation loss per point (describe(), as pandas prints it):");
        out.print(result.describeTable(SweepMetric.VAL_LOSS));
        result.best(SweepMetric.VAL_LOSS).ifPresent(b -> out.println(b.text()));
        out.flush();
    }
}

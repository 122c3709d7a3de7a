package org.lstmworkbench.experiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.metrics.Describe;

/**
 * {@code summary.csv}: one row per point with {@code point}, the swept parameters by name, then
 * {@code count,mean,std,min,25%,50%,75%,max} of a metric (final validation loss by default).
 * Empty cells for NaN.
 */
public final class SummaryCsv {

    private SummaryCsv() {
    }

    /** Writes the summary of {@code metric} for every point with runs. */
    public static void write(Path file, SweepResult result, SweepMetric metric) {
        List<String> header = new ArrayList<>();
        header.add("point");
        header.addAll(result.experiment().parameterNames());
        header.addAll(Describe.ROW_LABELS);
        try (Writer w = Files.newBufferedWriter(file);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                     .setHeader(header.toArray(String[]::new)).setRecordSeparator('\n').get())) {
            for (SweepPoint p : result.points()) {
                List<Object> row = new ArrayList<>();
                row.add(p.index());
                row.addAll(p.values().values());
                Describe d = Describe.of(result.values(p, metric));
                row.add(d.count());
                for (int i = 1; i < d.values().length; i++) {
                    row.add(ResultsCsv.number(d.values()[i]));
                }
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot write the summary (" + e.getMessage() + ")", e);
        }
    }
}

package org.lstmworkbench.ui.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.experiment.SummaryCsv;
import org.lstmworkbench.experiment.SweepResult;
import org.lstmworkbench.ui.chart.ChartExport;

/** Writes what the Sweep panel shows: the tables as CSV or text, the plots as PNG or SVG. */
public final class SweepExports {

    /** Size of exported plots, in pixels (PNG) or user units (SVG). */
    static final int WIDTH = 1200;
    static final int HEIGHT = 750;

    private SweepExports() {
    }

    /**
     * Writes the describe() table: {@code .csv} as {@code summary.csv} (one row per point with
     * its parameters, {@link SummaryCsv}), anything else as the text pandas prints.
     */
    public static void table(SweepTables tables, Path file) {
        SweepResult r = requireResult(tables, file);
        if (extension(file).equals("csv")) {
            SummaryCsv.write(file, r, tables.metric());
            return;
        }
        try {
            Files.writeString(file, r.describeTable(tables.metric()) + System.lineSeparator()
                    + tables.bestTextProperty().get() + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot write the table (" + e.getMessage() + ")", e);
        }
    }

    /** Writes the box plot as PNG or SVG, chosen by the file's extension. */
    public static void boxPlot(SweepTables tables, Path file) {
        requireResult(tables, file);
        chart(tables.boxPlot().chart(), file);
    }

    /** Writes the selected point's repeats-convergence plot as PNG or SVG. */
    public static void convergence(SweepTables tables, Path file) {
        if (tables.selectedPointProperty().get() == null) {
            throw new WorkbenchException(file + ": select a point (click its box) to export its convergence plot");
        }
        chart(tables.convergence().chart(), file);
    }

    private static void chart(JFreeChart chart, Path file) {
        switch (extension(file)) {
            case "png" -> ChartExport.png(chart, file, WIDTH, HEIGHT);
            case "svg" -> ChartExport.svg(chart, file, WIDTH, HEIGHT);
            default -> throw new WorkbenchException(file + ": a plot is written as .png or .svg");
        }
    }

    private static SweepResult requireResult(SweepTables tables, Path file) {
        SweepResult r = tables.resultProperty().get();
        if (r == null || r.runs().isEmpty()) {
            throw new WorkbenchException(file + ": nothing to export yet: no run of the sweep has finished");
        }
        return r;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

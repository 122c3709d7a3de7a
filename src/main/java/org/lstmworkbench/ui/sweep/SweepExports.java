package org.lstmworkbench.ui.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.experiment.SummaryCsv;
import org.lstmworkbench.experiment.SweepMetric;
import org.lstmworkbench.experiment.SweepResult;
import org.lstmworkbench.ui.chart.ChartExport;
import org.lstmworkbench.ui.common.ErrorReporter;
import org.lstmworkbench.ui.common.TaskExecutor;

/** Writes what the Sweep panel shows: the tables as CSV or text, the plots as PNG or SVG. */
public final class SweepExports {

    /** Size of exported plots, in pixels (PNG) or user units (SVG). */
    static final int WIDTH = 1200;
    static final int HEIGHT = 750;

    private static final DateTimeFormatter FOLDER_NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

    private SweepExports() {
    }

    /**
     * Writes the describe() table: {@code .csv} as {@code summary.csv} (one row per point with
     * its parameters, {@link SummaryCsv}), anything else as the text pandas prints.
     */
    public static void table(SweepTables tables, Path file) {
        tableFile(tables, file).write(file);
    }

    /** Writes the box plot as PNG or SVG, chosen by the file's extension. */
    public static void boxPlot(SweepTables tables, Path file) {
        boxPlotFile(tables, file).write(file);
    }

    /** Writes the selected point's repeats-convergence plot as PNG or SVG. */
    public static void convergence(SweepTables tables, Path file) {
        convergenceFile(tables, file).write(file);
    }

    /**
     * {@link #table}, split for the window: the table is taken now (FX thread), the returned
     * export writes it on any thread.
     */
    public static ChartExport.Image tableFile(SweepTables tables, Path file) {
        SweepResult r = requireResult(tables, file);
        SweepMetric metric = tables.metric();
        if (extension(file).equals("csv")) {
            return target -> SummaryCsv.write(target, r, metric);
        }
        String text = r.describeTable(metric) + System.lineSeparator()
                + tables.bestTextProperty().get() + System.lineSeparator();
        return target -> {
            try {
                Files.writeString(target, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new WorkbenchException(target + ": cannot write the table (" + e.getMessage() + ")", e);
            }
        };
    }

    /** {@link #boxPlot}, split for the window: drawn now, written on any thread. */
    public static ChartExport.Image boxPlotFile(SweepTables tables, Path file) {
        requireResult(tables, file);
        return chart(tables.boxPlot().chart(), file);
    }

    /** {@link #convergence}, split for the window: drawn now, written on any thread. */
    public static ChartExport.Image convergenceFile(SweepTables tables, Path file) {
        if (tables.selectedPointProperty().get() == null) {
            throw new WorkbenchException(file + ": select a point (click its box) to export its convergence plot");
        }
        return chart(tables.convergence().chart(), file);
    }

    private static ChartExport.Image chart(JFreeChart chart, Path file) {
        return switch (extension(file)) {
            case "png" -> ChartExport.renderPng(chart, file, WIDTH, HEIGHT);
            case "svg" -> ChartExport.renderSvg(chart, file, WIDTH, HEIGHT);
            default -> throw new WorkbenchException(file + ": a plot is written as .png or .svg");
        };
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

    /**
     * Exports in the window's way: {@code prepare} takes what is shown now (FX thread), the file
     * is written on {@code executor}; a user error (nothing to export, a folder that cannot be
     * written) goes to {@code userError} as its message, anything else to {@code bug}.
     */
    static void inBackground(TaskExecutor executor, Path file, Function<Path, ChartExport.Image> prepare,
                             Consumer<Path> written, Consumer<String> userError, Consumer<Throwable> bug) {
        ChartExport.Image image;
        try {
            image = prepare.apply(file);
        } catch (WorkbenchException e) {
            userError.accept(e.getMessage());
            return;
        }
        executor.execute(() -> {
            image.write(file);
            return file;
        }, written, t -> {
            if (ErrorReporter.isUserError(t)) {
                userError.accept(ErrorReporter.userError(t).orElseThrow().getMessage());
            } else {
                bug.accept(t);
            }
        });
    }

    /** A new sweep folder under {@code root}, named by the time it starts ({@code 2026-12-01_21-15-00}, then {@code -2}...). */
    static Path newFolder(Path root) {
        String name = LocalDateTime.now().format(FOLDER_NAME);
        Path dir = root.resolve(name);
        for (int i = 2; Files.exists(dir); i++) {
            dir = root.resolve(name + "-" + i);
        }
        return dir;
    }
}

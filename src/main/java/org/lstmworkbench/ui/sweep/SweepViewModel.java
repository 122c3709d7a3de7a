package org.lstmworkbench.ui.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.experiment.Experiment;
import org.lstmworkbench.experiment.RunRecord;
import org.lstmworkbench.experiment.SweepMetric;
import org.lstmworkbench.experiment.SweepPoint;
import org.lstmworkbench.experiment.SweepProgress;
import org.lstmworkbench.experiment.SweepResult;
import org.lstmworkbench.experiment.SweepRunner;
import org.lstmworkbench.experiment.SweepStore;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.CancellationToken;
import org.lstmworkbench.training.RunMetrics;
import org.lstmworkbench.ui.chart.ChartExport;
import org.lstmworkbench.ui.common.Command;
import org.lstmworkbench.ui.common.ErrorReporter;
import org.lstmworkbench.ui.common.TaskExecutor;

/**
 * The Sweep panel's state and commands: the sweep's parameters (one {@code NAME=...} line each,
 * grid or random search), repeats, base seed and threads; Start / Stop / Resume; progress with
 * ETA; and the results as they come in (a {@link SweepTables} of describe() table, box plot, best
 * point and the selected point's repeats convergence). A new sweep takes the current dataset
 * settings and model configuration as its base and writes into a new folder under the sweeps
 * folder, so Resume can finish it after a crash or restart. Never touches a Node.
 *
 * @implNote FX-thread only. The runner's listener runs on worker threads; it queues finished
 *     runs and the latest progress and posts at most one update to the FX thread at a time
 *     ({@link SweepInbox}); epochs are not forwarded.
 */
public final class SweepViewModel {

    private final TaskExecutor executor;
    private final SweepBase base;
    private final Path sweepsRoot;
    private final SweepTables tables;
    private final SweepSettings settings = new SweepSettings();


    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Set the parameters and press Start: the dataset (tab 1) and the model (tab 2) are the base.");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");

    private final Command start;
    private final Command stop;

    private final Map<String, RunRecord> records = new LinkedHashMap<>();
    private Experiment experiment;
    private CancellationToken token = new CancellationToken();
    private int session;

    /**
     * @param executor   runs the sweep off the FX thread and brings results back
     * @param data       the current dataset settings (null when none is open)
     * @param base       the current model configuration (the sweep's base)
     * @param overlay    where a selected point's runs are drawn
     * @param sweepsRoot folder under which each new sweep gets its own timestamped folder
     */
    public SweepViewModel(TaskExecutor executor, Supplier<DatasetSpec> data, Supplier<ModelConfig> base,
                          PointOverlay overlay, Path sweepsRoot) {
        this(executor, SweepBase.regression(data, base), overlay, sweepsRoot);
    }

    /**
     * @param executor   runs the sweep off the FX thread and brings results back
     * @param base       builds a new sweep's experiment from the window's data and model (regression
     *                   or classification)
     * @param overlay    where a selected point's runs are drawn
     * @param sweepsRoot folder under which each new sweep gets its own timestamped folder
     */
    public SweepViewModel(TaskExecutor executor, SweepBase base, PointOverlay overlay, Path sweepsRoot) {
        this.executor = executor;
        this.base = base;
        this.sweepsRoot = sweepsRoot;
        this.tables = new SweepTables(overlay);
        start = new Command(this::startNew, settings.validProperty().and(running.getReadOnlyProperty().not()));
        stop = new Command(this::stopSweep, running.getReadOnlyProperty());
        settings.metricProperty().addListener((o, a, m) -> tables.setMetric(m == null ? settings.metricChoices().get(0) : m));
    }

    /** The default sweeps folder: {@code ~/.lstm-workbench/sweeps}. */
    public static Path defaultSweepsRoot() {
        return Path.of(System.getProperty("user.home"), ".lstm-workbench", "sweeps");
    }

    /** The folder under which new sweeps get their folders. */
    public Path sweepsRoot() {
        return sweepsRoot;
    }

    /**
     * Stops a running sweep (each run within one epoch; finished runs are already on disk) and
     * ignores whatever it reports afterwards; called when the window closes.
     */
    public void shutdown() {
        stopSweep();
        // the window is closing: late results and the interrupted run's failure have nowhere to go
        session++;
        finish();
    }

    // Properties

    /** The settings: parameters, search, repeats, base seed, threads, metric; validated as they change. */
    public SweepSettings settings() {
        return settings;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** One line on what the panel is doing or did. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** {@code 7 of 15, ETA 12 s}. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** Fraction of the runs done, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The last user error (bad folder, bad point), "" when none: the view shows it. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The last internal failure (not a user error): the view shows it with its stack trace. */
    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /**
     * How the window names a sweep folder: its own name only ({@code 2026-12-01_21-15-00}), as a
     * file manager lists it; the full path goes in a tooltip ({@code ""} for none).
     */
    public static String folderName(Path dir) {
        if (dir == null) {
            return "";
        }
        Path name = dir.getFileName();
        return name == null ? dir.toString() : name.toString();
    }

    /** The folder the current (or last) sweep writes to. */
    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** The results: table rows, box plot, best point, selection, convergence. */
    public SweepTables tables() {
        return tables;
    }

    /** The point whose box was clicked (see {@link SweepTables#selectedPointProperty()}). */
    public ReadOnlyObjectProperty<SweepPoint> selectedPointProperty() {
        return tables.selectedPointProperty();
    }

    /** The selected point's runs with their histories (see {@link SweepTables#selectedRuns()}). */
    public List<SweepRunHistory> selectedRuns() {
        return tables.selectedRuns();
    }

    // Commands

    /** Selects a point by its column label: its box is shaded, its convergence shown, its runs overlaid. */
    public void selectPoint(String label) {
        tables.selectPoint(label);
    }

    public Command startCommand() {
        return start;
    }

    public Command stopCommand() {
        return stop;
    }

    /**
     * Opens a sweep folder written earlier (a crash, a restart or Stop) and trains only its
     * missing runs; the settings show the stored experiment. The folder (every stored history)
     * is read in the background.
     */
    public void resume(Path dir) {
        if (running.get()) {
            reportError("A sweep is running: stop it before resuming another");
            return;
        }
        open(() -> SweepStore.resume(dir), store -> settings.show(store.experiment()));
    }

    /**
     * Exports what the panel shows: {@code prepare} takes it now (tables, drawn charts) on the
     * FX thread, the file is written in the background. A user error (nothing to export, a
     * folder that cannot be written) goes to {@code userError}; a bug to {@link #failureProperty()}.
     */
    public void export(Path file, Function<Path, ChartExport.Image> prepare, Consumer<String> userError) {
        SweepExports.inBackground(executor, file, prepare, written -> status.set("Exported " + written),
                userError, failure::set);
    }

    private void startNew() {
        Experiment e;
        try {
            e = base.experiment(settings.specProperty().get(), settings.repeatsProperty().get(),
                    settings.baseSeedProperty().get());
        } catch (WorkbenchException ex) {
            reportError(ex.getMessage());
            return;
        }
        // reading the data for every point and writing the folder (fsynced) is file work
        settings.offerMetricsOf(e);
        open(() -> {
            SweepRunner.validate(e);
            return SweepStore.open(newFolder(), e, false);
        }, store -> { });
    }

    /**
     * Opens the sweep's store in the background (the panel counts as running meanwhile, so Start
     * is off and Stop cancels), then launches its missing runs.
     */
    private void open(Callable<SweepStore> work, Consumer<SweepStore> opened) {
        session++;
        int mine = session;
        token = new CancellationToken();
        CancellationToken cancel = token;
        running.set(true);
        start.setRunning(true);
        status.set("Preparing the sweep: reading its data and folder...");
        executor.execute(work, store -> {
            if (mine != session || cancel.isCancelled()) {
                store.close(); // nothing trains into it: the folder is free again
                if (mine != session) {
                    return;
                }
            }
            if (cancel.isCancelled()) {
                finish();
                status.set("Stopped before the first run; Resume... with " + folderName(store.dir()) + " trains it");
                return;
            }
            opened.accept(store);
            launch(store.experiment(), store, cancel);
        }, t -> failed(mine, t));
    }

    private void launch(Experiment e, SweepStore store, CancellationToken cancel) {
        int mine = session;
        experiment = e;
        records.clear();
        store.loaded().forEach(r -> records.put(r.id(), r));
        folder.set(store.dir());
        error.set("");
        tables.clear();
        tables.update(new SweepResult(e, List.copyOf(records.values())));
        progress.set((double) records.size() / e.size());
        progressText.set(records.size() + " of " + e.size());
        status.set((records.isEmpty() ? "Sweeping " : "Resuming (" + records.size() + " runs stored) ")
                + e.sweep().size() + " points x " + e.repeats() + " repeats into " + folderName(store.dir()));
        int threads = Math.max(1, settings.threadsProperty().get());
        // one network per run on the fast engine where it applies, the workers side by side
        SweepRunner runner = new SweepRunner(e, e.trainer(threads), threads)
                .addListener(new SweepInbox(executor, (runs, p) -> received(mine, runs, p)));
        executor.execute(() -> {
            try (store) {
                return runner.run(store, cancel);
            }
        }, r -> ended(mine, r, cancel), t -> failed(mine, t));
    }

    private void received(int fromSession, List<RunRecord> runs, SweepProgress p) {
        if (fromSession != session) {
            return;
        }
        if (!runs.isEmpty()) {
            runs.forEach(r -> records.put(r.id(), r));
            tables.update(new SweepResult(experiment, List.copyOf(records.values())));
        }
        if (p != null) {
            progress.set(p.fraction());
            progressText.set(p.text());
        }
    }

    private void ended(int fromSession, SweepResult result, CancellationToken cancel) {
        if (fromSession != session) {
            return;
        }
        result.runs().forEach(r -> records.put(r.id(), r));
        SweepResult all = new SweepResult(experiment, List.copyOf(records.values()));
        tables.update(all);
        finish();
        progress.set((double) all.runs().size() / experiment.size());
        progressText.set(all.runs().size() + " of " + experiment.size());
        status.set(all.complete()
                ? "Done: " + all.runs().size() + (all.runs().size() == 1 ? " run" : " runs") + " in "
                        + folderName(folder.get())
                : (cancel.isCancelled() ? "Stopped" : "Ended") + " after " + all.runs().size() + " of "
                        + experiment.size() + " runs; Resume... with " + folderName(folder.get()) + " trains the rest");
    }

    private void failed(int fromSession, Throwable t) {
        if (fromSession != session) {
            return;
        }
        finish();
        if (ErrorReporter.isUserError(t)) {
            reportError(ErrorReporter.userError(t).orElseThrow().getMessage());
        } else {
            status.set("The sweep failed: " + t);
            failure.set(t);
        }
    }

    private void finish() {
        running.set(false);
        start.setRunning(false);
    }

    private void stopSweep() {
        token.cancel();
        if (running.get()) {
            status.set("Stopping: each running run ends within one epoch...");
        }
    }

    private void reportError(String message) {
        error.set(message);
        status.set(message);
    }

    private Path newFolder() {
        return SweepExports.newFolder(sweepsRoot);
    }

    /**
     * Offers the metrics of runs measuring {@code m} in the chooser before a sweep starts (the
     * window calls it when the task or the classes change), so a classifier's sweep can be set to
     * rank by validation accuracy from the start. Ignored while a sweep runs or while the results
     * of a sweep of the other task are shown (they have no such numbers): the next Start offers them.
     */
    public void offerMetricsOf(RunMetrics m) {
        SweepResult shown = tables.resultProperty().get();
        boolean otherTask = shown != null
                && shown.experiment().isClassification() != m.task().isClassification();
        if (!running.get() && !otherTask) {
            settings.offerMetrics(SweepMetric.forRuns(m));
        }
    }

    /** Every run of the current sweep so far (for tests and exports). */
    List<RunRecord> records() {
        return new ArrayList<>(records.values());
    }
}

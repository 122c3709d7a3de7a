package org.lstmworkbench.ui.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.experiment.Experiment;
import org.lstmworkbench.experiment.Metric;
import org.lstmworkbench.experiment.PerRunTrainer;
import org.lstmworkbench.experiment.RunRecord;
import org.lstmworkbench.experiment.SweepPoint;
import org.lstmworkbench.experiment.SweepProgress;
import org.lstmworkbench.experiment.SweepResult;
import org.lstmworkbench.experiment.SweepRunner;
import org.lstmworkbench.experiment.SweepSpec;
import org.lstmworkbench.experiment.SweepStore;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.CancellationToken;
import org.lstmworkbench.ui.common.Command;
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

    private static final DateTimeFormatter FOLDER_NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

    private final TaskExecutor executor;
    private final Supplier<DatasetSpec> data;
    private final Supplier<ModelConfig> base;
    private final Path sweepsRoot;
    private final SweepTables tables;

    private final StringProperty parameters = new SimpleStringProperty(this, "parameters", "units=1,5,10");
    private final BooleanProperty random = new SimpleBooleanProperty(this, "random", false);
    private final IntegerProperty samples = new SimpleIntegerProperty(this, "samples", 10);
    private final IntegerProperty repeats = new SimpleIntegerProperty(this, "repeats", 5);
    private final IntegerProperty baseSeed = new SimpleIntegerProperty(this, "baseSeed", 1);
    private final IntegerProperty threads = new SimpleIntegerProperty(this, "threads", SweepRunner.defaultThreads());
    private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>(this, "metric", Metric.VAL_LOSS);

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Set the parameters and press Start: the dataset (tab 1) and the model (tab 2) are the base.");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");
    private final ReadOnlyObjectWrapper<SweepSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");

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
        this.executor = executor;
        this.data = data;
        this.base = base;
        this.sweepsRoot = sweepsRoot;
        this.tables = new SweepTables(overlay);
        start = new Command(this::startNew, valid.getReadOnlyProperty().and(running.getReadOnlyProperty().not()));
        stop = new Command(this::stopSweep, running.getReadOnlyProperty());
        parameters.addListener((o, a, b) -> validate());
        random.addListener((o, a, b) -> validate());
        samples.addListener((o, a, b) -> validate());
        baseSeed.addListener((o, a, b) -> validate());
        repeats.addListener((o, a, b) -> validate());
        threads.addListener((o, a, b) -> validate());
        metric.addListener((o, a, m) -> tables.setMetric(m == null ? Metric.VAL_LOSS : m));
        validate();
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

    /** The swept parameters, one {@code NAME=V1,V2}, {@code NAME=LOW..HIGH} or {@code NAME=log:LOW..HIGH} per line. */
    public StringProperty parametersProperty() {
        return parameters;
    }

    /** Random search (N samples) instead of the full grid. */
    public BooleanProperty randomProperty() {
        return random;
    }

    /** Points drawn by random search. */
    public IntegerProperty samplesProperty() {
        return samples;
    }

    public IntegerProperty repeatsProperty() {
        return repeats;
    }

    /** Base seed: every run's seed is derived from it, the point and the repeat. */
    public IntegerProperty baseSeedProperty() {
        return baseSeed;
    }

    /** Runs trained at once. */
    public IntegerProperty threadsProperty() {
        return threads;
    }

    /** The metric the table, box plot, best point and convergence show (final validation loss by default). */
    public ObjectProperty<Metric> metricProperty() {
        return metric;
    }

    /** What is wrong with the settings ("" when Start can run). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
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

    /** The folder the current (or last) sweep writes to. */
    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** The sweep the settings describe, null while they are invalid. */
    public ReadOnlyObjectProperty<SweepSpec> specProperty() {
        return spec.getReadOnlyProperty();
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
     * missing runs; the settings show the stored experiment.
     */
    public void resume(Path dir) {
        if (running.get()) {
            reportError("A sweep is running: stop it before resuming another");
            return;
        }
        try {
            SweepStore store = SweepStore.resume(dir);
            Experiment e = store.experiment();
            random.set(e.sweep().random());
            if (e.sweep().random()) {
                samples.set(e.sweep().samples());
            }
            parameters.set(SweepSetup.text(e.sweep()));
            repeats.set(e.repeats());
            baseSeed.set((int) e.baseSeed());
            launch(e, store);
        } catch (WorkbenchException ex) {
            reportError(ex.getMessage());
        }
    }

    private void startNew() {
        DatasetSpec d = data.get();
        ModelConfig c = base.get();
        if (d == null || c == null) {
            reportError("Open a dataset (tab 1) and set a valid model (tab 2) first: they are the sweep's base");
            return;
        }
        try {
            Experiment e = new Experiment(d, c, spec.get(), repeats.get(), baseSeed.get());
            launch(e, SweepStore.open(newFolder(), e, false));
        } catch (WorkbenchException ex) {
            reportError(ex.getMessage());
        }
    }

    private void launch(Experiment e, SweepStore store) {
        session++;
        int mine = session;
        token = new CancellationToken();
        CancellationToken cancel = token;
        experiment = e;
        records.clear();
        store.loaded().forEach(r -> records.put(r.id(), r));
        folder.set(store.dir());
        error.set("");
        tables.clear();
        tables.update(new SweepResult(e, List.copyOf(records.values())));
        running.set(true);
        start.setRunning(true);
        progress.set((double) records.size() / e.size());
        progressText.set(records.size() + " of " + e.size());
        status.set((records.isEmpty() ? "Sweeping " : "Resuming (" + records.size() + " runs stored) ")
                + e.sweep().size() + " points x " + e.repeats() + " repeats into " + store.dir());
        SweepRunner runner = new SweepRunner(e, new PerRunTrainer(), Math.max(1, threads.get()))
                .addListener(new SweepInbox(executor, (runs, p) -> received(mine, runs, p)));
        executor.execute(() -> runner.run(store, cancel), r -> ended(mine, r, cancel), t -> failed(mine, t));
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
                ? "Done: " + all.runs().size() + " runs in " + folder.get()
                : (cancel.isCancelled() ? "Stopped" : "Ended") + " after " + all.runs().size() + " of "
                        + experiment.size() + " runs; Resume... with " + folder.get() + " trains the rest");
    }

    private void failed(int fromSession, Throwable t) {
        if (fromSession != session) {
            return;
        }
        finish();
        if (t instanceof WorkbenchException) {
            reportError(t.getMessage());
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

    private void validate() {
        try {
            if (repeats.get() < 1) {
                throw new WorkbenchException("repeats must be at least 1, got " + repeats.get());
            }
            if (threads.get() < 1) {
                throw new WorkbenchException("threads must be at least 1, got " + threads.get());
            }
            spec.set(SweepSetup.parse(parameters.get(), random.get(), samples.get(), baseSeed.get()));
            problem.set("");
            valid.set(true);
        } catch (WorkbenchException e) {
            spec.set(null);
            problem.set(e.getMessage());
            valid.set(false);
        }
    }

    private Path newFolder() {
        String name = LocalDateTime.now().format(FOLDER_NAME);
        Path dir = sweepsRoot.resolve(name);
        for (int i = 2; Files.exists(dir); i++) {
            dir = sweepsRoot.resolve(name + "-" + i);
        }
        return dir;
    }

    /** Every run of the current sweep so far (for tests and exports). */
    List<RunRecord> records() {
        return new ArrayList<>(records.values());
    }
}

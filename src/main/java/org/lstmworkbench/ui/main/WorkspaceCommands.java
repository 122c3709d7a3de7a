package org.lstmworkbench.ui.main;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.Baselines;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.sequence.SequenceSpec;
import org.lstmworkbench.diagnosis.CurveReaders;
import org.lstmworkbench.ui.chart.ChartExport;
import org.lstmworkbench.ui.chart.EpochCoalescer;
import org.lstmworkbench.ui.chart.LossChart;
import org.lstmworkbench.ui.common.TaskExecutor;
import org.lstmworkbench.ui.dataset.DatasetViewModel;
import org.lstmworkbench.ui.dataset.SequenceDataViewModel;
import org.lstmworkbench.ui.model.ModelConfigViewModel;
import org.lstmworkbench.ui.run.RunItem;
import org.lstmworkbench.ui.run.RunsViewModel;
import org.lstmworkbench.workspace.Autosave;
import org.lstmworkbench.workspace.HistoryExport;
import org.lstmworkbench.workspace.RunDataset;
import org.lstmworkbench.workspace.Workspace;
import org.lstmworkbench.workspace.WorkspaceStore;

/**
 * The window's file commands: save and open a workspace, autosave finished runs, import a
 * learning curve, export the histories and the chart. Every file is read and written on the IO
 * executor; the FX thread only takes snapshots (and renders the chart, whose datasets it owns).
 *
 * @implNote FX-thread only.
 */
public final class WorkspaceCommands {

    private final TaskExecutor io;
    private final DatasetViewModel dataset;
    private final ModelConfigViewModel model;
    private final RunsViewModel runs;
    private final LossChart chart;
    private final EpochCoalescer coalescer;
    private final StatusLine status;
    private final Path autosaveFile;
    private final Autosave autosave;
    private final ReadOnlyIntegerWrapper fileTasks = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Path> workspaceFile = new ReadOnlyObjectWrapper<>();

    WorkspaceCommands(TaskExecutor io, DatasetViewModel dataset, ModelConfigViewModel model, RunsViewModel runs,
                      LossChart chart, EpochCoalescer coalescer, StatusLine status, Path autosaveFile) {
        this.io = io;
        this.dataset = dataset;
        this.model = model;
        this.runs = runs;
        this.chart = chart;
        this.coalescer = coalescer;
        this.status = status;
        this.autosaveFile = autosaveFile;
        this.autosave = new Autosave(autosaveFile);
    }

    // Properties

    /** File operations (open, save, import, export, autosave) still in progress. */
    public ReadOnlyIntegerProperty fileTasksProperty() {
        return fileTasks.getReadOnlyProperty();
    }

    /** The workspace last saved or opened; null before either. */
    public ReadOnlyObjectProperty<Path> workspaceFileProperty() {
        return workspaceFile.getReadOnlyProperty();
    }

    /** The autosave file, where finished runs go as soon as they end. */
    public Path autosaveFile() {
        return autosaveFile;
    }

    // Commands

    /**
     * Saves the task, both tasks' data settings, the configuration and the finished runs (with a
     * classifier's confusion reports) to {@code file}, atomically, in the background.
     */
    public void saveWorkspace(Path file) {
        Workspace w = currentWorkspace();
        inBackground(() -> {
            WorkspaceStore.save(file, w);
            return w;
        }, saved -> {
            workspaceFile.set(file);
            status.set("Saved the workspace to " + file + " (" + saved.runs().size() + " runs)");
        });
    }

    /**
     * Opens a workspace: the task, dataset settings, configuration and every run with its history
     * (and a classifier's confusion reports). The file is read and the dataset prepared in the
     * background, so restored runs are judged against their own data's baseline; a classification
     * workspace's sequences are read again in the background too. Refused while runs train (their
     * results would land on the restored list).
     */
    public void openWorkspace(Path file) {
        if (runs.runningProperty().get()) {
            status.error("Stop the running runs (Esc) before opening a workspace");
            return;
        }
        inBackground(() -> {
            Workspace w = WorkspaceStore.load(file);
            return new Opened(w, w.datasets().stream().map(WorkspaceCommands::withBaselines).toList());
        }, opened -> restore(file, opened));
    }

    /**
     * A dataset of a file before version 4 has no stored baselines: they are computed from its
     * settings (in the background). Data that no longer loads leaves them unknown: its runs open
     * without baselines, and the dataset pane says why when that data is loaded.
     */
    private static RunDataset withBaselines(RunDataset d) {
        if (d.baselines() != null) {
            return d;
        }
        if (d.dataset() == null) {
            return d.withBaselines(new Baselines(Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        }
        try {
            return d.withBaselines(DataPipeline.prepare(d.dataset()).baselines());
        } catch (WorkbenchException e) {
            return d;
        }
    }

    /**
     * Loads the data {@code item} was trained on into the Dataset tab (and switches the task to
     * it), read and prepared in the background like any dataset; a run without data settings (an
     * imported curve) is the user's error in one line.
     */
    public void loadRunDataset(RunItem item) {
        RunDataset d = item == null ? null : item.dataset();
        if (d == null || !d.loadable()) {
            status.error(item == null ? "Select a run first, then load its dataset"
                    : item.source() == null ? item.name() + " has no dataset settings to load"
                    : item.name().equals(item.source()) ? item.name() + " is an imported curve: it has no dataset to load"
                    : item.name() + " (imported from " + item.source() + ") has no dataset to load");
            return;
        }
        if (d.dataset() != null) {
            dataset.taskProperty().set(DatasetViewModel.DataTask.REGRESSION);
            dataset.applySpec(d.dataset());
        } else {
            dataset.taskProperty().set(DatasetViewModel.DataTask.CLASSIFICATION);
            dataset.sequences().applySpec(d.sequences(), message -> {
                if (!message.isEmpty()) {
                    status.error(item.name() + "'s dataset " + d.name() + " did not load: " + message);
                }
            });
        }
        status.set("Loading " + d.name() + ", the dataset of " + item.name() + "...");
    }

    /**
     * Attaches the loaded regression dataset to an imported curve, so it is labelled and drawn
     * against that data's baselines (the user says the curve was trained on it).
     */
    public void attachLoadedDataset(RunItem item) {
        org.lstmworkbench.data.PreparedData p = dataset.preparedProperty().get();
        if (item == null || item.source() == null) {
            status.error("Select an imported curve to attach the loaded dataset to");
            return;
        }
        if (p == null) {
            status.error("Load a regression dataset (tab 1) before attaching it to " + item.name());
            return;
        }
        runs.attachDataset(item, RunDataset.of(p));
        status.set("Attached " + item.dataset().name() + " to " + item.name());
    }

    /**
     * Adds a learning curve from a file (Keras CSVLogger, Keras history JSON, or our history.csv)
     * to the run list and the chart, labelled like one of ours.
     */
    public void importCurve(Path file) {
        inBackground(() -> CurveReaders.read(file), curve -> {
            RunItem item = runs.importCurve(curve, file.getFileName().toString());
            status.set("Imported " + file.getFileName() + " (" + curve.train().length + " epochs): "
                    + item.diagnosisProperty().get().title());
        });
    }

    /** Exports every run's history as one long CSV. */
    public void exportHistories(Path file) {
        List<HistoryExport.Entry> entries = new ArrayList<>();
        for (RunItem r : runs.runs()) {
            entries.add(new HistoryExport.Entry(r.name(), r.seed(), new ArrayList<>(r.history()), r.dataset()));
        }
        inBackground(() -> {
            HistoryExport.writeLong(file, entries);
            return entries.size();
        }, n -> status.set("Exported " + n + " histories to " + file));
    }

    /**
     * Exports the live chart as {@code png} or {@code svg} of {@code width} x {@code height}: drawn
     * here (the chart's datasets change on the FX thread only), written in the background.
     */
    public void exportChart(Path file, String format, int width, int height) {
        ChartExport.Image image = format.equals("png") ? ChartExport.renderPng(chart.chart(), file, width, height)
                : ChartExport.renderSvg(chart.chart(), file, width, height);
        inBackground(() -> {
            image.write(file);
            return file;
        }, written -> status.set("Exported the chart to " + written));
    }

    /**
     * Saves the workspace to the autosave file in the background (after each finished run), with
     * the runs an earlier session left there; snapshots land in the order they were taken.
     */
    void autosave() {
        long number = autosave.issue();
        Workspace snapshot = currentWorkspace();
        io.execute(() -> autosave.write(number, snapshot), note -> {
            if (!note.isEmpty()) {
                status.error(note);
            }
        }, error -> status.failed("Autosave failed", "Autosave to " + autosaveFile + " failed: ", error));
    }

    /**
     * Whether the autosave holds runs of an earlier session that did not close normally (its
     * marker is still there), to be recovered from the File menu. Reads the disk: off the FX thread,
     * before this session's first autosave writes a marker of its own.
     */
    boolean earlierSessionUnclosed() {
        return java.nio.file.Files.exists(autosave.marker()) && java.nio.file.Files.exists(autosave.file());
    }

    /**
     * The window closes normally: the next session will not carry this one's runs (they were on
     * screen to save; its autosave is kept as the previous one). On the closing thread: the pools
     * are stopping, and this removes one small marker file. A marker that cannot be removed only
     * makes the next session carry these runs, so it is logged, not shown.
     */
    void closeAutosave() {
        try {
            autosave.close();
        } catch (org.lstmworkbench.WorkbenchException e) {
            org.slf4j.LoggerFactory.getLogger(WorkspaceCommands.class).warn("{}", e.getMessage());
        }
    }

    private record Opened(Workspace workspace, List<RunDataset> datasets) {
    }

    private void restore(Path file, Opened opened) {
        Workspace w = opened.workspace();
        if (runs.runningProperty().get()) {
            status.error("Runs started while " + file + " was opening: stop them and open it again");
            return;
        }
        // the task first: switching it sets the model pane's loss, which the saved configuration then overrides
        dataset.taskProperty().set(w.task() == Workspace.Kind.CLASSIFICATION
                ? DatasetViewModel.DataTask.CLASSIFICATION : DatasetViewModel.DataTask.REGRESSION);
        if (w.dataset() != null) {
            dataset.applySpec(w.dataset());
        }
        if (w.config() != null) {
            model.setConfig(w.config());
        }
        // epochs still queued for the old runs must land before the chart is cleared, or they
        // would join the restored runs that reuse their ids
        coalescer.drain();
        chart.clear();
        runs.restore(w.runs(), opened.datasets());
        if (file.toAbsolutePath().equals(autosaveFile.toAbsolutePath())) {
            autosave.recovered();
        }
        workspaceFile.set(file);
        status.set("Opened " + file + ": " + w.runs().size() + " runs");
        if (w.sequences() != null) {
            reloadSequences(file, w);
        }
    }

    /**
     * Shows the saved classification data settings and reads the data again in the background;
     * when it cannot be read (a file moved away) the runs stay open and the status line says why
     * in one line, as the sequence pane does.
     */
    private void reloadSequences(Path file, Workspace w) {
        dataset.sequences().applySpec(w.sequences(), message -> {
            if (!message.isEmpty()) {
                status.error("Opened " + file + " with its " + w.runs().size()
                        + " runs, but its classification data did not load: " + message);
            }
        });
    }

    /** File work in the background: the result goes to {@code done} on the FX thread, failures to the status line. */
    private <T> void inBackground(Callable<T> work, Consumer<T> done) {
        fileTasks.set(fileTasks.get() + 1);
        io.execute(work, result -> {
            fileTasks.set(fileTasks.get() - 1);
            done.accept(result);
        }, error -> {
            fileTasks.set(fileTasks.get() - 1);
            status.failed("File operation failed", "", error);
        });
    }

    private Workspace currentWorkspace() {
        boolean classifying = dataset.taskProperty().get() == DatasetViewModel.DataTask.CLASSIFICATION;
        return Workspace.of(classifying ? Workspace.Kind.CLASSIFICATION : Workspace.Kind.REGRESSION,
                dataset.specProperty().get(), sequenceSettings(classifying), model.configProperty().get(),
                runs.savedRuns(), runs.savedDatasets());
    }

    /**
     * The classification data settings to save: those of the loaded sequences (the runs' data);
     * without loaded sequences, while classifying, the pane's settings, so a source that failed to
     * load (a reopened workspace whose file moved) keeps its settings; else null.
     */
    private SequenceSpec sequenceSettings(boolean classifying) {
        SequenceDataViewModel sequences = dataset.sequences();
        if (sequences.preparedProperty().get() != null) {
            return sequences.specProperty().get();
        }
        if (!classifying) {
            return null;
        }
        try {
            return sequences.currentSpec();
        } catch (WorkbenchException | IllegalArgumentException e) {
            return null; // settings that make no spec (a blank source) are nothing to reopen
        }
    }
}

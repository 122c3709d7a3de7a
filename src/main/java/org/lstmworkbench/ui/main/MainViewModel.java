package org.lstmworkbench.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.data.sequence.PreparedSequences;
import org.lstmworkbench.data.sequence.SequenceSpec;
import org.lstmworkbench.diagnosis.RepeatDiagnosis;
import org.lstmworkbench.experiment.RunDiagnostics;
import org.lstmworkbench.experiment.SanityRun;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.Nd4jRuntime;
import org.lstmworkbench.training.TrainingDataFactory;
import org.lstmworkbench.ui.chart.EpochCoalescer;
import org.lstmworkbench.ui.chart.LossChart;
import org.lstmworkbench.ui.common.Command;
import org.lstmworkbench.ui.common.Failure;
import org.lstmworkbench.ui.common.TaskExecutor;
import org.lstmworkbench.ui.dataset.DatasetViewModel;
import org.lstmworkbench.ui.model.ModelConfigViewModel;
import org.lstmworkbench.ui.model.ModelPresets;
import org.lstmworkbench.ui.run.RunItem;
import org.lstmworkbench.ui.run.RunsViewModel;
import org.lstmworkbench.ui.sweep.LossChartOverlay;
import org.lstmworkbench.ui.sweep.SweepBase;
import org.lstmworkbench.ui.sweep.SweepViewModel;

/**
 * The window's state and commands: the dataset and model panes' view models, the runs, the live
 * chart's model, the status line, and the workspace. Never touches a Node.
 *
 * @implNote FX-thread only.
 */
public final class MainViewModel {

    private final TaskExecutor executor;
    private final TaskExecutor io;
    private final DatasetViewModel dataset;
    private final ModelConfigViewModel model;
    private final org.lstmworkbench.ui.forecast.ForecastViewModel forecast =
            new org.lstmworkbench.ui.forecast.ForecastViewModel();
    private final LossChart chart;
    private final EpochCoalescer coalescer;
    private final RunsViewModel runs;
    private final RunChartSync chartSync;
    private final LossChart accuracyChart =
            new LossChart(List.of(org.lstmworkbench.metrics.Metric.TRAIN_ACCURACY,
                    org.lstmworkbench.metrics.Metric.VAL_ACCURACY));
    private final RunChartSync accuracySync;
    private final SweepViewModel sweep;
    private final WorkspaceCommands workspace;
    private final StatusLine status = new StatusLine();
    private final ReadOnlyBooleanWrapper backendReady = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final IntegerProperty repeatCount = new SimpleIntegerProperty(5);
    private final javafx.beans.property.ObjectProperty<RunItem> selectedRun =
            new javafx.beans.property.SimpleObjectProperty<>(this, "selectedRun");
    private final javafx.beans.property.ReadOnlyStringWrapper runBlocked = new javafx.beans.property.ReadOnlyStringWrapper("");
    /** When each training run was first seen (ms of {@link #clock}), for its elapsed time and ETA. */
    private final java.util.Map<String, Long> startedAt = new java.util.HashMap<>();
    private java.util.function.LongSupplier clock = System::currentTimeMillis;
    private boolean configuredForFirstDataset;
    private final SweepRunsData sweepRuns;
    private boolean closing;
    private final Command run;
    private final Command repeat;
    private final Command stop;

    /** One executor for everything (tests). */
    public MainViewModel(TaskExecutor executor, DatasetViewModel dataset, ModelConfigViewModel model, LossChart chart,
                         Path autosaveFile) {
        this(executor, executor, dataset, model, chart, autosaveFile);
    }

    /**
     * @param executor training runs (one pool thread per run)
     * @param io       file work (workspaces, autosave, imports, exports) and the sweep's control
     *                 task, so neither waits behind training nor blocks the FX thread
     * @param chart    the live chart's model (created on the FX thread)
     */
    public MainViewModel(TaskExecutor executor, TaskExecutor io, DatasetViewModel dataset, ModelConfigViewModel model,
                         LossChart chart, Path autosaveFile) {
        this.executor = executor;
        this.io = io;
        this.dataset = dataset;
        this.model = model;
        this.chart = chart;
        this.coalescer = new EpochCoalescer(chart);
        this.runs = new RunsViewModel(executor, coalescer::offer);
        this.chartSync = new RunChartSync(chart, runs);
        this.accuracySync = new RunChartSync(accuracyChart, runs, org.lstmworkbench.metrics.Metric.VAL_ACCURACY);
        this.workspace = new WorkspaceCommands(io, dataset, model, runs, chart, coalescer, status, autosaveFile);
        runs.failureProperty().addListener((o, old, f) -> {
            // runs interrupted by closing the window are no bug to show
            if (!closing) {
                status.failed(f);
            }
        });
        // sweeps go beside the autosave file (~/.lstm-workbench/sweeps), so tests keep them in a temp folder
        LossChartOverlay overlay = new LossChartOverlay(chart);
        this.sweepRuns = new SweepRunsData(io, this::showBaselines, status::failed);
        this.sweep = new SweepViewModel(io, this::sweepExperiment, (label, shownRuns) -> {
            overlay.show(label, shownRuns);
            // a sweep point's runs on the chart are judged against the sweep's data
            sweepRuns.setShown(!shownRuns.isEmpty());
            showBaselines();
        }, autosaveFile.toAbsolutePath().getParent().resolve("sweeps"));
        coalescer.addListener(runs::onEpochs);
        // the accuracy plot follows the loss chart's epochs (regression runs have none to draw)
        coalescer.addListener(byRun -> accuracyChart.batch(() -> byRun.forEach((id, epochs) -> {
            if (accuracyChart.hasRun(id)) {
                accuracyChart.appendEpochs(id, epochs);
            }
        })));
        coalescer.addListener(byRun -> updateProgress());
        runs.addFinishedListener(this::runEnded);

        // regression data that loads while classifying (a reopened workspace keeps both) leaves the
        // classifier's shape alone; switching back to regression applies it
        dataset.preparedProperty().addListener((obs, old, p) -> {
            if (!classifying()) {
                datasetChanged(p);
            }
        });
        var classify = dataset.taskProperty().isEqualTo(DatasetViewModel.DataTask.CLASSIFICATION);
        var dataReady = javafx.beans.binding.Bindings.when(classify)
                .then(dataset.sequences().preparedProperty().isNotNull())
                .otherwise(dataset.preparedProperty().isNotNull());
        var canRun = backendReady.getReadOnlyProperty()
                .and(dataReady)
                .and(model.validProperty());
        dataset.sequences().preparedProperty().addListener((obs, old, p) -> sequencesChanged());
        dataset.taskProperty().addListener((obs, old, t) -> {
            showLossOf(t);
            if (t == DatasetViewModel.DataTask.CLASSIFICATION) {
                sequencesChanged();
            } else {
                sweep.offerMetricsOf(org.lstmworkbench.training.RunMetrics.REGRESSION);
                datasetChanged(dataset.preparedProperty().get());
            }
        });
        runBlocked.bind(javafx.beans.binding.Bindings.createStringBinding(() -> blockedReason(dataReady.get()),
                model.problems(), dataReady, dataset.errorProperty(), dataset.loadingProperty(), dataset.taskProperty()));
        run = new Command(this::runOnce, canRun);
        repeat = new Command(this::runRepeats, canRun.and(repeatCount.greaterThan(0)));
        stop = new Command(runs::stopAll, runs.runningProperty());
        run.setRunning(false);
        runs.runningProperty().addListener((o, was, is) -> {
            run.setRunning(is);
            if (!is) {
                progress.set(0);
            }
        });
        runs.runs().addListener((ListChangeListener<RunItem>) c -> updateProgress());
        // the chart's baselines follow the runs shown: the selected one's, else the visible ones'
        selectedRun.addListener((o, old, r) -> showBaselines());
        runs.runs().addListener((ListChangeListener<RunItem>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(r -> {
                    r.visibleProperty().addListener((o, was, is) -> showBaselines());
                    r.datasetProperty().addListener((o, was, is) -> showBaselines());
                });
            }
            showBaselines();
        });
        datasetChanged(dataset.preparedProperty().get());
    }

    /** Starts ND4J in the background (its first start unpacks native libraries) and opens the seed demo. */
    public void start() {
        coalescer.start();
        dataset.loadDemo("seed-sequence");
        executor.execute(() -> {
            Nd4jRuntime.ensureStarted();
            return workspace.earlierSessionUnclosed();
        }, unclosed -> {
            backendReady.set(true);
            // the runs of a session that crashed are kept, but nothing else says where to find them
            status.set("Ready. Press Run (Ctrl+R) to train the model set up in tab 2." + (unclosed
                    ? " The last session did not close: File > Recover autosaved runs." : ""));
        }, error -> status.failed("The numerical backend (ND4J) failed to start",
                "The numerical backend (ND4J) failed to start: ", error));
    }

    /** Stops every run and the background pool; called when the window closes. */
    public void shutdown() {
        closing = true;
        runs.stopAll();
        sweep.shutdown();
        coalescer.stop();
        executor.shutdown();
        if (io != executor) {
            io.shutdown();
        }
        workspace.closeAutosave();
    }

    // Properties

    /**
     * The model pane shows the loss the runs train with: cross-entropy for a classifier, and back
     * to MSE (the default) when the task returns to regression with cross-entropy still chosen.
     */
    private void showLossOf(DatasetViewModel.DataTask task) {
        if (task == DatasetViewModel.DataTask.CLASSIFICATION) {
            model.lossProperty().set(org.lstmworkbench.model.LossKind.CROSS_ENTROPY);
        } else if (model.lossProperty().get() == org.lstmworkbench.model.LossKind.CROSS_ENTROPY) {
            model.lossProperty().set(org.lstmworkbench.model.ModelConfig.DEFAULTS.loss());
        }
    }

    public DatasetViewModel dataset() {
        return dataset;
    }

    public ModelConfigViewModel model() {
        return model;
    }

    public RunsViewModel runs() {
        return runs;
    }

    /** The Sweep tab's view model. */
    public SweepViewModel sweep() {
        return sweep;
    }

    /** The Forecast tab: the selected run's predictions against the actual series. */
    public org.lstmworkbench.ui.forecast.ForecastViewModel forecast() {
        return forecast;
    }

    /** The accuracy plot beside the loss chart: training and validation accuracy on the same epochs. */
    public LossChart accuracyChart() {
        return accuracyChart;
    }

    public LossChart chart() {
        return chart;
    }

    public EpochCoalescer coalescer() {
        return coalescer;
    }

    public ReadOnlyBooleanProperty backendReadyProperty() {
        return backendReady.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.statusProperty();
    }

    /** Fraction of the running runs' epochs done, 0 when idle. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The last user-facing error, "" when none. */
    public ReadOnlyStringProperty lastErrorProperty() {
        return status.lastErrorProperty();
    }

    /** The latest bug (not a user error) to show with its stack trace; null until one happens. */
    public ReadOnlyObjectProperty<Failure> failureProperty() {
        return status.failureProperty();
    }

    /** The file commands: workspaces, autosave, import, exports. */
    public WorkspaceCommands workspace() {
        return workspace;
    }

    /**
     * The run the window shows in detail (the run list's last selected row), or null; the chart's
     * baselines are its data's.
     */
    public javafx.beans.property.ObjectProperty<RunItem> selectedRunProperty() {
        return selectedRun;
    }

    /**
     * Why Run and Repeat are off, in one line for the window to show beside them on every tab
     * ("Run is off: batch size 16 is larger than the 5 training samples"); "" when nothing but
     * the backend's start holds them back.
     */
    public ReadOnlyStringProperty runBlockedReasonProperty() {
        return runBlocked.getReadOnlyProperty();
    }

    private String blockedReason(boolean dataReady) {
        if (!dataReady) {
            if (dataset.loadingProperty().get()) {
                return "";
            }
            String error = dataset.errorProperty().get();
            return error == null || error.isEmpty() ? "Run is off: no data yet, load a dataset on tab 1"
                    : "Run is off: the dataset (tab 1) cannot be used: " + error;
        }
        List<String> problems = model.problems();
        if (problems.isEmpty()) {
            return "";
        }
        return "Run is off: " + problems.get(0)
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more on tab 2)" : "");
    }

    /** N of Repeat N. */
    public IntegerProperty repeatCountProperty() {
        return repeatCount;
    }

    // Commands

    public Command runCommand() {
        return run;
    }

    public Command repeatCommand() {
        return repeat;
    }

    public Command stopCommand() {
        return stop;
    }

    /** The repeat group verdict of a run's group ("OVERFIT in 4 of 5 runs"), or null for a lone run. */
    public RepeatDiagnosis groupDiagnosis(RunItem item) {
        if (item == null || item.group() == null) {
            return null;
        }
        List<RunItem> members = runs.runs().stream()
                .filter(r -> item.group().equals(r.group()) && r.isFinished() && !r.history().isEmpty()).toList();
        if (members.size() < 2) {
            return null;
        }
        // a classifier's members are labelled from loss and accuracy, as a lone classifier run is;
        // each member against its own data's baselines, not the loaded dataset's
        return RepeatDiagnosis.of(members.stream().map(r -> RunDiagnostics.repeatMemberInput(r.history(),
                r.config(), r.baselines())).toList());
    }

    /**
     * Runs the seed's checklist on the current configuration and data in the background
     * (parameters per sample, first-epoch loss, tiny-subset memorisation); the findings arrive
     * on the FX thread as text. For a classifier these are the checks of {@code sanity --task
     * classification}: the first epoch's loss against the chance level ln K.
     */
    public void runSanityChecks(java.util.function.Consumer<String> onDone) {
        if (classifying()) {
            runClassifierSanityChecks(onDone);
            return;
        }
        ModelConfig config = model.configProperty().get();
        PreparedData p = dataset.preparedProperty().get();
        if (config == null || p == null) {
            reportError("Sanity checks need a loaded dataset and a valid configuration");
            return;
        }
        status.set("Running the sanity checks...");
        executor.execute(() -> SanityRun.check(config, p, new org.lstmworkbench.training.CancellationToken()),
                findings -> {
                    status.set("Sanity checks done");
                    onDone.accept(sanityText(findings));
                },
                error -> status.failed("Sanity checks failed", "Sanity checks failed: ", error));
    }

    /** The classifier's checks on the loaded sequences, headed by the data, K and ln K. */
    private void runClassifierSanityChecks(java.util.function.Consumer<String> onDone) {
        ModelConfig config = model.configProperty().get();
        PreparedSequences p = dataset.sequences().preparedProperty().get();
        if (config == null || p == null) {
            reportError("Sanity checks need loaded sequences (tab 1) and a valid configuration");
            return;
        }
        ModelConfig classifier;
        try {
            // the configuration the Run button trains
            classifier = RunsViewModel.classifierConfig(config, p, config.seed());
        } catch (WorkbenchException e) {
            reportError(e.getMessage());
            return;
        }
        int k = p.classes().size();
        String heading = String.format(Locale.ROOT, "%s on %s (%s): K = %d classes, chance level ln %d = %.4f",
                classifier.summary(), p.dataset().source(), p.classes().describe(), k, k,
                org.lstmworkbench.diagnosis.SanityChecks.expectedCategoricalCrossEntropy(k));
        status.set("Running the classifier's sanity checks...");
        executor.execute(() -> SanityRun.check(classifier, p, new org.lstmworkbench.training.CancellationToken()),
                findings -> {
                    status.set("Sanity checks done");
                    onDone.accept(heading + "\n\n" + sanityText(findings));
                },
                error -> status.failed("Sanity checks failed", "Sanity checks failed: ", error));
    }

    private static String sanityText(List<org.lstmworkbench.diagnosis.SanityChecks.Finding> findings) {
        return findings.stream().map(f -> f.severity() + "  " + f.check() + ": " + f.message())
                .collect(java.util.stream.Collectors.joining("\n\n"));
    }

    /**
     * A new sweep's experiment on the window's data and model: the series and configuration for
     * regression; for a classifier the loaded sequences' settings (the runner prepares them as the
     * Dataset tab did) and the configuration the Run button trains, as {@code sweep --task
     * classification} builds it.
     */
    private org.lstmworkbench.experiment.Experiment sweepExperiment(org.lstmworkbench.experiment.SweepSpec spec,
                                                                    int repeats, long baseSeed) {
        if (!classifying()) {
            return SweepBase.regression(dataset.specProperty()::get, model.configProperty()::get)
                    .experiment(spec, repeats, baseSeed);
        }
        ModelConfig config = model.configProperty().get();
        SequenceSpec sequences = dataset.sequences().specProperty().get();
        PreparedSequences p = dataset.sequences().preparedProperty().get();
        if (config == null || sequences == null || p == null) {
            throw SweepBase.noBase();
        }
        return org.lstmworkbench.experiment.Experiment.classification(sequences,
                RunsViewModel.classifierConfig(config, p, baseSeed), spec, repeats, baseSeed);
    }

    /** Saves a run's trained network and its data transform to {@code zip} (and the JSON beside it), in the background. */
    public void saveModel(RunItem run, java.nio.file.Path zip) {
        runs.models().save(run, zip, io, status::set, error -> status.failed("Saving the model failed", "", error));
    }

    /** Records a user error for the status line (the view shows it). */
    public void reportError(String message) {
        status.error(message);
    }

    private boolean classifying() {
        return dataset.taskProperty().get() == DatasetViewModel.DataTask.CLASSIFICATION;
    }

    private void runOnce() {
        if (classifying()) {
            startGuarded(() -> runs.runClassifier(model.configProperty().get(), dataset.sequences().preparedProperty().get(),
                    dataset.sequences().specProperty().get()));
            return;
        }
        startGuarded(() -> runs.run(model.configProperty().get(), dataset.preparedProperty().get()));
    }

    private void runRepeats() {
        if (classifying()) {
            startGuarded(() -> runs.repeatClassifier(model.configProperty().get(),
                    dataset.sequences().preparedProperty().get(), dataset.sequences().specProperty().get(),
                    repeatCount.get()));
            return;
        }
        startGuarded(() -> runs.repeat(model.configProperty().get(), dataset.preparedProperty().get(), repeatCount.get()));
    }

    /** The model pane checks its configuration against the classifier's data: sequences and classes. */
    private void sequencesChanged() {
        var p = dataset.sequences().preparedProperty().get();
        showBaselines();
        if (!classifying() || p == null) {
            return;
        }
        int train = p.part(org.lstmworkbench.data.sequence.PreparedSequences.TRAIN).size();
        model.trainingSamplesProperty().set(train);
        model.networkShapeProperty().set(new org.lstmworkbench.model.NetworkShape(p.dataset().featureCount(),
                p.classes().size(), false));
        sweep.offerMetricsOf(org.lstmworkbench.training.RunMetrics.of(
                org.lstmworkbench.model.Task.classification(p.classes())));
    }

    private void startGuarded(Runnable start) {
        try {
            start.run();
            status.clearError();
            status.set(String.format(Locale.ROOT, "Training %d run(s)...", runs.runningCountProperty().get()));
        } catch (WorkbenchException e) {
            reportError(e.getMessage());
        }
    }

    private void datasetChanged(PreparedData p) {
        if (p != null && !configuredForFirstDataset) {
            // open ready to run: the seed's good-fit example, full batch on the demo's 5 samples
            configuredForFirstDataset = true;
            model.trainingSamplesProperty().set(p.train().size());
            model.applyPreset(ModelPresets.GOOD_FIT);
        }
        if (p == null) {
            model.trainingSamplesProperty().set(0);
            showBaselines();
            return;
        }
        model.trainingSamplesProperty().set(p.train().size());
        model.networkShapeProperty().set(TrainingDataFactory.shapeOf(p));
        showBaselines();
    }

    /** Draws the baselines of the runs shown (see {@link ChartBaselines}) with a note when they are not the loaded data's. */
    private void showBaselines() {
        boolean classifying = classifying();
        PreparedData p = dataset.preparedProperty().get();
        SequenceSpec sequences = dataset.sequences().specProperty().get();
        // a classifier is compared with chance, not with forecast baselines
        org.lstmworkbench.data.Baselines loaded = classifying || p == null ? null : p.baselines();
        ChartBaselines.Choice choice = ChartBaselines.choose(selectedRun.get(), runs.runs(),
                sweepRuns.of(sweep == null || sweep.tables().resultProperty().get() == null ? null
                        : sweep.tables().resultProperty().get().experiment(), p), loaded,
                d -> classifying ? d.isData(sequences) : p != null && d.isData(p.spec()));
        chart.setBaselines(choice.persistence(), choice.trainingMean());
        chart.setBaselineNote(choice.note());
    }

    private void runEnded(RunItem item) {
        chartSync.finished(item, groupMembers(item));
        accuracySync.finished(item, groupMembers(item));
        workspace.autosave();
        if (!runs.runningProperty().get()) {
            status.set(item.name() + " " + org.lstmworkbench.ui.common.DisplayTexts.status(item.status()) + " after " + item.history().size() + " epochs"
                    + (item.message().isEmpty() ? "" : ": " + item.message()));
        }
    }

    private List<RunItem> groupMembers(RunItem item) {
        if (item.group() == null) {
            return List.of();
        }
        return runs.runs().stream().filter(r -> item.group().equals(r.group())).toList();
    }

    private void updateProgress() {
        List<RunItem> active = runs.runs().stream().filter(r -> !r.isFinished()).toList();
        if (active.isEmpty()) {
            progress.set(0);
            return;
        }
        double done = 0;
        for (RunItem r : active) {
            done += Math.min(1.0, (double) r.history().size() / r.config().epochs());
        }
        progress.set(done / active.size());
        long now = clock.getAsLong();
        startedAt.keySet().retainAll(active.stream().map(RunItem::id).toList());
        active.forEach(r -> startedAt.putIfAbsent(r.id(), now));
        RunItem first = active.get(0);
        status.set(RunProgressText.of(active.size(), first.name(), first.history().size(), first.config().epochs(),
                now - startedAt.get(first.id())));
    }

    /** The clock (milliseconds) behind the elapsed time and ETA; tests set their own. */
    void setClock(java.util.function.LongSupplier millis) {
        this.clock = millis;
    }
}

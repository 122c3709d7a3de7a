package org.lstmworkbench.ui.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lstmworkbench.data.Baselines;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.data.sequence.PreparedSequences;
import org.lstmworkbench.diagnosis.CurveDiagnoser;
import org.lstmworkbench.diagnosis.CurveInput;
import org.lstmworkbench.diagnosis.LossCurve;
import org.lstmworkbench.diagnosis.LiveDiagnoser;
import org.lstmworkbench.experiment.RunDiagnostics;
import org.lstmworkbench.forecast.Forecasts;
import org.lstmworkbench.forecast.RunForecast;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.ClassificationTask;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.Task;
import org.lstmworkbench.model.ModelConfigDiff;
import org.lstmworkbench.training.CancellationToken;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.RunStatus;
import org.lstmworkbench.training.Trainer;
import org.lstmworkbench.training.TrainingData;
import org.lstmworkbench.training.TrainingDataFactory;
import org.lstmworkbench.ui.common.ErrorReporter;
import org.lstmworkbench.ui.common.Failure;
import org.lstmworkbench.ui.common.TaskExecutor;
import org.lstmworkbench.workspace.DatasetCatalog;
import org.lstmworkbench.workspace.RunDataset;
import org.lstmworkbench.workspace.SavedRun;

/**
 * The runs of the window: starting single runs and repeats through the executor, stopping them,
 * receiving their epochs (coalesced on the FX thread), labelling them live, and comparing them.
 *
 * @implNote FX-thread only, except {@link EpochSink#offer}, which training threads call.
 */
public final class RunsViewModel {

    /** Where training threads hand each epoch; the window's chart coalescer. */
    @FunctionalInterface
    public interface EpochSink {
        void offer(String runId, EpochMetrics metrics);
    }

    private final TaskExecutor executor;
    private final EpochSink sink;
    private final ObservableList<RunItem> runs = FXCollections.observableArrayList();
    private final Map<String, CancellationToken> active = new ConcurrentHashMap<>();
    private final Map<String, LiveDiagnoser> live = new HashMap<>();
    private final Map<String, Baselines> baselines = new HashMap<>();
    private final DatasetCatalog datasets = new DatasetCatalog();
    private final List<Consumer<RunItem>> finishedListeners = new ArrayList<>();
    private final ReadOnlyIntegerWrapper runningCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Failure> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final AtomicInteger nextId = new AtomicInteger(1);
    private final AtomicInteger nextGroup = new AtomicInteger(1);

    public RunsViewModel(TaskExecutor executor, EpochSink sink) {
        this.executor = executor;
        this.sink = sink;
        running.bind(Bindings.greaterThan(runningCount, 0));
    }

    // Properties

    public ObservableList<RunItem> runs() {
        return runs;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty runningCountProperty() {
        return runningCount.getReadOnlyProperty();
    }

    /** The latest run that failed with a bug (not a user error); null until one does. */
    public ReadOnlyObjectProperty<Failure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Called on the FX thread when a run ends, however it ended. */
    public void addFinishedListener(Consumer<RunItem> listener) {
        finishedListeners.add(listener);
    }

    // Commands

    /** Starts one run of {@code config} with its own seed. */
    public RunItem run(ModelConfig config, PreparedData prepared) {
        return start(config, prepared, config.seed(), "run " + nextId.get(), null);
    }

    /**
     * Starts {@code n} runs of one configuration with seeds {@code seed, seed+1, ...}; they share a
     * repeat group so the chart can draw their mean and band.
     */
    public List<RunItem> repeat(ModelConfig config, PreparedData prepared, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("repeat needs at least 1 run, got " + n);
        }
        String group = "repeat " + nextGroup.getAndIncrement();
        List<ModelConfig> configs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            configs.add(config.toBuilder().seed(config.seed() + i).build());
        }
        // checked here (no arrays needed), so a bad configuration is the user's message and lists no run
        configs.forEach(c -> c.requireValidFor(prepared.train().size()));
        // one run each, side by side on the training pool's threads (one per core), each on the fast engine
        List<RunItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(start(config, prepared, config.seed() + i, group + " (" + (i + 1) + "/" + n + ")", group));
        }
        return items;
    }

    /**
     * Starts one classifier run of {@code config} on labelled sequences: the configuration gets
     * the classification task over the data's classes (softmax output, cross-entropy loss).
     */
    public RunItem runClassifier(ModelConfig config, PreparedSequences prepared) {
        return runClassifier(config, prepared, null);
    }

    /** {@link #runClassifier(ModelConfig, PreparedSequences)} on sequences read with {@code spec} (kept with the run). */
    public RunItem runClassifier(ModelConfig config, PreparedSequences prepared, org.lstmworkbench.data.sequence.SequenceSpec spec) {
        return startClassifier(config, prepared, spec, config.seed(), "run " + nextId.get(), null);
    }

    /**
     * Starts {@code n} classifier runs with seeds {@code seed, seed+1, ...} in one repeat group;
     * each trains its own network, as every run does.
     */
    public List<RunItem> repeatClassifier(ModelConfig config, PreparedSequences prepared, int n) {
        return repeatClassifier(config, prepared, null, n);
    }

    /** {@link #repeatClassifier(ModelConfig, PreparedSequences, int)} on sequences read with {@code spec}. */
    public List<RunItem> repeatClassifier(ModelConfig config, PreparedSequences prepared,
                                          org.lstmworkbench.data.sequence.SequenceSpec spec, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("repeat needs at least 1 run, got " + n);
        }
        String group = "repeat " + nextGroup.getAndIncrement();
        // every configuration is checked before the first run starts, so a bad one lists no run
        for (int i = 0; i < n; i++) {
            classifierConfig(config, prepared, config.seed() + i);
        }
        List<RunItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(startClassifier(config, prepared, spec, config.seed() + i,
                    group + " (" + (i + 1) + "/" + n + ")", group));
        }
        return items;
    }

    /** {@code config} as a checked classifier over the data's classes with {@code seed}. */
    public static ModelConfig classifierConfig(ModelConfig config, PreparedSequences prepared, long seed) {
        var b = config.toBuilder().seed(seed);
        if (!(config.task() instanceof ClassificationTask)) {
            b.task(Task.classification(prepared.classes())).loss(LossKind.CROSS_ENTROPY);
        }
        return b.build().requireValidFor(prepared.part(PreparedSequences.TRAIN).size());
    }

    private RunItem startClassifier(ModelConfig config, PreparedSequences prepared,
                                    org.lstmworkbench.data.sequence.SequenceSpec spec, long seed, String name,
                                    String group) {
        ModelConfig runConfig = classifierConfig(config, prepared, seed);
        // a classifier has no forecast baselines: its reference names its data only
        RunDataset data = datasets.refer(RunDataset.of(spec, prepared.dataset().source()));
        return startWith(runConfig, () -> TrainingDataFactory.from(prepared), data, null, null, prepared, seed, name,
                group);
    }

    /** Asks every running run to stop; each ends within one epoch, keeping its history. */
    public void stopAll() {
        active.values().forEach(CancellationToken::cancel);
    }

    /** Receives coalesced epochs on the FX thread: history, summary numbers and live label. */
    public void onEpochs(Map<String, List<EpochMetrics>> byRun) {
        for (RunItem item : runs) {
            List<EpochMetrics> more = byRun.get(item.id());
            if (more == null || more.isEmpty() || item.isFinished()) {
                continue;
            }
            item.appendEpochs(more);
            LiveDiagnoser d = live.get(item.id());
            if (d != null && item.config().task() instanceof ClassificationTask) {
                // a classifier is labelled from its loss and accuracy curves
                RunDiagnostics.liveInput(item.history(), item.config(), null)
                        .ifPresent(in -> item.setDiagnosis(d.update(in)));
            } else if (d != null) {
                item.setDiagnosis(d.update(RunDiagnostics.curveInput(item.trainLosses(), item.valLosses(),
                        item.config(), baselines.get(item.id()))));
            }
        }
    }

    /** Removes finished runs from the list (running ones stay). */
    public void removeFinished(List<RunItem> items) {
        runs.removeIf(r -> items.contains(r) && r.isFinished());
        models.retain(runs.stream().map(RunItem::id).toList());
    }

    /**
     * Replaces the list with runs from a workspace and the datasets they refer to by id; each run
     * is labelled against its own dataset's baselines (none for an imported curve without data).
     */
    public void restore(List<SavedRun> saved, List<RunDataset> savedDatasets) {
        stopAll();
        runs.clear();
        models.retain(java.util.List.of());
        datasets.restore(savedDatasets);
        for (SavedRun s : saved) {
            RunItem item = RunItem.restored(s);
            item.setDataset(datasets.get(s.dataset()).orElse(null));
            diagnose(item, s.toResult());
            runs.add(item);
            bumpIds(s.id());
        }
    }

    /**
     * Attaches {@code data} to a finished run without data (an imported curve, so it gets
     * baselines) or replaces its reference, and labels it again against that data's baselines.
     */
    public void attachDataset(RunItem item, RunDataset data) {
        if (!item.isFinished()) {
            throw new IllegalStateException(item.name() + " is still training");
        }
        item.setDataset(datasets.refer(data));
        diagnose(item, item.toSaved().toResult());
    }

    /** The datasets the listed runs refer to, each once, for a workspace. */
    public List<RunDataset> savedDatasets() {
        return datasets.used(runs.stream().filter(RunItem::isFinished).map(RunItem::dataset).filter(java.util.Objects::nonNull)
                .map(RunDataset::id).collect(java.util.stream.Collectors.toSet()));
    }

    private void diagnose(RunItem item, RunResult r) {
        boolean hasVal = java.util.Arrays.stream(r.valLosses()).anyMatch(Double::isFinite);
        // a run without data (an imported curve) has no naive baseline
        RunDiagnostics.inputOf(r, item.baselines(), hasVal)
                .ifPresent(in -> item.setDiagnosis(new CurveDiagnoser().diagnose(in)));
    }

    /**
     * Adds a curve trained elsewhere (a Keras CSVLogger file or history JSON, or a history.csv of
     * ours) as a finished run and labels it like one of ours (no naive baseline: its data is not
     * ours). A curve with a NaN or infinite loss counts as diverged.
     */
    public RunItem importCurve(LossCurve curve, String fileName) {
        List<EpochMetrics> history = new ArrayList<>();
        double[] train = curve.train();
        double[] val = curve.val();
        // read first: an accuracy that is no share fails the import before anything is listed
        CurveInput input = curve.toCurveInput();
        double[] trainAccuracy = curve.accuracy().map(a -> a.train()).orElse(null);
        double[] valAccuracy = curve.accuracy().map(a -> a.val()).orElse(null);
        boolean finite = true;
        for (int i = 0; i < train.length; i++) {
            double v = val == null ? Double.NaN : val[i];
            finite &= Double.isFinite(train[i]) && (val == null || Double.isFinite(v));
            EpochMetrics e = EpochMetrics.regression(i + 1, train[i], v, Double.NaN, Double.NaN, Double.NaN, 0);
            history.add(trainAccuracy == null && valAccuracy == null ? e : withAccuracy(e,
                    at(trainAccuracy, i), at(valAccuracy, i)));
        }
        String id = "r" + nextId.getAndIncrement();
        ModelConfig unknown = ModelConfig.defaults().toBuilder().epochs(Math.max(1, train.length)).build();
        RunItem item = new RunItem(id, curve.name(), null, Integer.parseInt(id.substring(1)) - 1, unknown, 0);
        item.setSource(fileName);
        int best = 0;
        double bestLoss = Double.NaN;
        double[] judged = val != null ? val : train;
        for (int i = 0; i < judged.length; i++) {
            if (Double.isFinite(judged[i]) && (best == 0 || judged[i] < bestLoss)) {
                best = i + 1;
                bestLoss = judged[i];
            }
        }
        item.finish(new RunResult(unknown, 0, finite ? RunStatus.DONE : RunStatus.DIVERGED,
                "imported from " + fileName, history, best, bestLoss, Double.NaN, 0, 0));
        item.setDiagnosis(new CurveDiagnoser().diagnose(input));
        runs.add(item);
        return item;
    }

    private static double at(double[] values, int i) {
        return values == null || i >= values.length ? Double.NaN : values[i];
    }

    /** An imported epoch with the file's accuracies beside its losses (NaN ones left out). */
    private static EpochMetrics withAccuracy(EpochMetrics e, double train, double val) {
        Map<String, Double> m = new java.util.LinkedHashMap<>(e.metrics());
        if (Double.isFinite(train)) {
            m.put(Metric.TRAIN_ACCURACY.id(), train);
        }
        if (Double.isFinite(val)) {
            m.put(Metric.VAL_ACCURACY.id(), val);
        }
        return new EpochMetrics(e.epoch(), m, e.learningRate(), e.elapsedMillis());
    }

    /** Differences between two runs' configurations (each run's configuration carries its seed). */
    public List<String> compare(RunItem a, RunItem b) {
        return ModelConfigDiff.between(a.config(), b.config());
    }

    /** Finished runs as a workspace keeps them. */
    public List<SavedRun> savedRuns() {
        return runs.stream().filter(RunItem::isFinished).map(RunItem::toSaved).toList();
    }

    private RunItem start(ModelConfig config, PreparedData prepared, long seed, String name, String group) {
        // checked here, so a bad configuration is the user's message and lists no run
        ModelConfig runConfig = config.toBuilder().seed(seed).build().requireValidFor(prepared.train().size());
        return startWith(runConfig, () -> TrainingDataFactory.from(prepared), datasets.refer(RunDataset.of(prepared)),
                prepared.baselines(), prepared, null, seed, name, group);
    }

    /** A trained run and its forecast (null when there is none to make). */
    private record Trained(RunResult result, RunForecast forecast, org.deeplearning4j.nn.multilayer.MultiLayerNetwork network) {
    }

    private final TrainedModels models = new TrainedModels();

    /** The trained networks of this session's runs (forecasters and classifiers), for "Save model". */
    public TrainedModels models() {
        return models;
    }

    /**
     * @param forecastData the regression data whose forecast the trained network makes once it ends;
     *                     null for classifiers
     * @param sequences    a classifier's sequences (kept with its network for "Save model"); null for forecasters
     */
    private RunItem startWith(ModelConfig runConfig, java.util.concurrent.Callable<TrainingData> data,
                              RunDataset dataRef, Baselines dataBaselines, PreparedData forecastData,
                              PreparedSequences sequences, long seed, String name, String group) {
        CancellationToken cancel = new CancellationToken();
        RunItem item = register(runConfig, dataRef, dataBaselines, seed, name, group, cancel);
        // the training arrays and the forecast are built on the worker: never on the FX thread
        executor.execute(() -> {
                    Trainer trainer = new Trainer(runConfig, data.call());
                    RunResult result = trainer.run(m -> sink.offer(item.id(), m), cancel);
                    boolean predicts = forecastData != null && result.status() != RunStatus.DIVERGED;
                    boolean kept = predicts || sequences != null && result.status() != RunStatus.DIVERGED;
                    return new Trained(result, predicts
                            ? trainer.network().map(n -> Forecasts.compute(n, forecastData)).orElse(null) : null,
                            kept ? trainer.network().orElse(null) : null);
                },
                trained -> {
                    if (trained.network() != null && sequences != null) {
                        models.keepClassifier(item.id(), trained.network(), sequences);
                    } else if (trained.network() != null) {
                        models.keep(item.id(), trained.network(), forecastData);
                    }
                    item.setForecast(trained.forecast());
                    finished(item, trained.result());
                },
                error -> failed(item, error));
        return item;
    }

    /** Lists a run that is about to train, with its cancel token and live labeller. */
    private RunItem register(ModelConfig runConfig, RunDataset dataRef, Baselines dataBaselines, long seed,
                             String name, String group, CancellationToken cancel) {
        String id = "r" + nextId.getAndIncrement();
        RunItem item = new RunItem(id, name, group, Integer.parseInt(id.substring(1)) - 1, runConfig, seed);
        item.setDataset(dataRef);
        active.put(id, cancel);
        live.put(id, new LiveDiagnoser());
        if (dataBaselines != null) {
            baselines.put(id, dataBaselines);
        }
        runs.add(item);
        runningCount.set(runningCount.get() + 1);
        return item;
    }

    private void finished(RunItem item, RunResult result) {
        item.finish(result);
        boolean hasVal = java.util.Arrays.stream(result.valLosses()).anyMatch(Double::isFinite);
        RunDiagnostics.inputOf(result, baselines.get(item.id()), hasVal)
                .ifPresent(in -> item.setDiagnosis(new CurveDiagnoser().diagnose(in)));
        ended(item);
    }

    /**
     * A run that threw: it ends FAILED with the message, keeping its history; a bug (not a user
     * error) is also published on {@link #failureProperty()} for the stack-trace dialog.
     */
    private void failed(RunItem item, Throwable error) {
        if (!ErrorReporter.isUserError(error)) {
            failure.set(new Failure(item.name() + " failed", error));
        }
        RunResult partial = new RunResult(item.config(), item.seed(), RunStatus.FAILED,
                "the run failed: " + error.getMessage(), item.history(), item.bestEpochProperty().get(),
                item.bestValLossProperty().get(), Double.NaN, 0, 0);
        item.finish(partial);
        ended(item);
    }

    private void ended(RunItem item) {
        active.remove(item.id());
        live.remove(item.id());
        baselines.remove(item.id());
        runningCount.set(runningCount.get() - 1);
        finishedListeners.forEach(l -> l.accept(item));
    }

    private void bumpIds(String id) {
        try {
            int n = Integer.parseInt(id.substring(1));
            nextId.updateAndGet(v -> Math.max(v, n + 1));
        } catch (NumberFormatException | IndexOutOfBoundsException ignored) {
            // ids from elsewhere keep their own numbering; new runs still get unique ones
        }
    }
}

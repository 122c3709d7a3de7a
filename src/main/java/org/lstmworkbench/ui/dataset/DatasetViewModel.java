package org.lstmworkbench.ui.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.CsvLoader;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.DataTable;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.data.FrameShape;
import org.lstmworkbench.data.MissingPolicy;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.data.TransformSpec;
import org.lstmworkbench.ui.common.TaskExecutor;

/**
 * State and commands of the dataset loader: which source is loaded, every data choice as an
 * editable property, and the prepared result (sample counts, baselines, preview). Any change of a
 * choice re-prepares the data through the {@link TaskExecutor}; only the latest request's result
 * is kept. User errors (a bad file, impossible settings) land in {@link #errorProperty()} as the
 * {@link WorkbenchException}'s message; a file that cannot be read leaves the previous data in
 * place.
 *
 * @implNote FX thread only: properties change on the thread that calls the commands and on the
 *     thread the executor returns results on.
 */
public final class DatasetViewModel {

    private final TaskExecutor executor;
    private final RecentFiles recentFiles;

    // Properties: data choices (editable)
    private final ObjectProperty<String> targetColumn = new SimpleObjectProperty<>(this, "targetColumn");
    private final ObservableList<String> inputColumns = FXCollections.observableArrayList();
    private final ObjectProperty<MissingPolicy> missingPolicy = new SimpleObjectProperty<>(MissingPolicy.ERROR);
    private final ObjectProperty<TransformSpec.Scaling> scaling = new SimpleObjectProperty<>(TransformSpec.Scaling.NONE);
    private final ObjectProperty<TransformSpec.Power> power = new SimpleObjectProperty<>(TransformSpec.Power.NONE);
    private final ObjectProperty<Double> boxCoxLambda = new SimpleObjectProperty<>();
    private final IntegerProperty differenceOrder = new SimpleIntegerProperty();
    private final IntegerProperty seasonalPeriod = new SimpleIntegerProperty();
    private final IntegerProperty lags = new SimpleIntegerProperty(1);
    private final IntegerProperty horizon = new SimpleIntegerProperty(1);
    private final ObjectProperty<FrameShape> shape = new SimpleObjectProperty<>(FrameShape.MANY_TO_ONE);
    private final SplitFractions split = new SplitFractions(this::prepare);
    private final BooleanProperty fitBoxCoxLambda = new SimpleBooleanProperty(true);

    // Properties: results (read-only)
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DatasetSpec> spec = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PreparedData> prepared = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper splitDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper trainSamples = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper validationSamples = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper testSamples = new ReadOnlyIntegerWrapper();
    private final ReadOnlyDoubleWrapper persistenceLoss = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyDoubleWrapper persistenceLossOriginal = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyDoubleWrapper meanLoss = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyDoubleWrapper meanLossOriginal = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ObservableList<String> columnNames = FXCollections.observableArrayList();
    private final ObservableList<String> previewHeaders = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObservableList<String> columnNamesView = FXCollections.unmodifiableObservableList(columnNames);
    private final ObservableList<String> previewHeadersView = FXCollections.unmodifiableObservableList(previewHeaders);
    private final ObservableList<List<String>> previewRowsView = FXCollections.unmodifiableObservableList(previewRows);

    private DataTable table;
    /** Request number of the latest background job; results of older ones are dropped. */
    private long generation;
    private boolean applying;

    /** A view model remembering recent files in the user's preferences. */
    public DatasetViewModel(TaskExecutor executor) {
        this(executor, RecentFiles.userPreferences());
    }

    /** A view model remembering recent files in {@code recentStore} (tests pass an in-memory one). */
    public DatasetViewModel(TaskExecutor executor, RecentFiles.Store recentStore) {
        this.executor = executor;
        this.recentFiles = new RecentFiles(recentStore);
        // change listeners, not invalidation listeners: a property nobody reads stays invalid and
        // would report no further edits
        for (ObservableValue<?> o : List.of(targetColumn, missingPolicy, scaling, power, boxCoxLambda,
                fitBoxCoxLambda, differenceOrder, seasonalPeriod, lags, horizon, shape)) {
            o.addListener((obs, was, now) -> settingsChanged());
        }
        inputColumns.addListener((ListChangeListener<String>) change -> settingsChanged());
        splitDescription.set(split.describe());
    }

    // Commands

    /** Loads a demo ({@code seed-sequence}, {@code sine}, {@code seasonal}) with its recommended settings. */
    public void loadDemo(String name) {
        DatasetSpec recommended = DemoDatasets.recommendedSpec(name);
        load(() -> DemoDatasets.load(name), t -> recommended, null);
    }

    /**
     * Reads a CSV file in the background, then prepares it with the defaults for files: the last
     * numeric column as target, its own past as input, min-max to [0, 1], lags 1, chronological
     * 0.7/0.15/0.15. A file that cannot be read sets {@link #errorProperty()} and keeps the
     * data loaded before.
     */
    public void openFile(Path csv) {
        Path file = csv.toAbsolutePath().normalize();
        load(() -> CsvLoader.read(file), t -> DatasetSpec.builder(file.toString()).targetColumn(t.lastColumnName())
                .transform(TransformSpec.scaled(TransformSpec.Scaling.MIN_MAX)).build(), file);
    }

    /** Loads {@code spec}'s source and takes every setting from it (reopening a workspace). */
    public void applySpec(DatasetSpec given) {
        Callable<DataTable> loader = given.fromDemo() ? () -> DemoDatasets.load(given.source())
                : () -> CsvLoader.read(Path.of(given.source()));
        load(loader, t -> given, null);
    }

    // Internals: loading and preparing

    private void load(Callable<DataTable> loader, Function<DataTable, DatasetSpec> specFor, Path recent) {
        long id = ++generation;
        loading.set(true);
        executor.execute(() -> read(loader, specFor), result -> {
            if (id != generation) {
                return;
            }
            if (recent != null) {
                recentFiles.add(recent);
            }
            adopt(result.table());
            show(result.spec());
            if (result.prepared() != null) {
                accept(result.spec(), result.prepared());
            } else {
                loading.set(false);
                spec.set(result.spec());
                error.set(result.problem());
                clearResults();
            }
        }, failure -> {
            if (id == generation) {
                // the table could not be read: everything loaded before stays as it was
                loading.set(false);
                error.set(userMessage(failure));
            }
        });
    }

    /**
     * Reads the table (its errors fail the job) and prepares it; a table that was read but does
     * not fit the settings (gaps, too few rows) is still adopted so the user can change them.
     */
    private static Loaded read(Callable<DataTable> loader, Function<DataTable, DatasetSpec> specFor)
            throws Exception {
        DataTable loaded = loader.call();
        DatasetSpec chosen = specFor.apply(loaded);
        try {
            return new Loaded(loaded, chosen, DataPipeline.prepare(chosen, loaded), "");
        } catch (WorkbenchException unfit) {
            return new Loaded(loaded, chosen, null, unfit.getMessage());
        }
    }

    private record Loaded(DataTable table, DatasetSpec spec, PreparedData prepared, String problem) {
    }

    private void settingsChanged() {
        if (!applying) {
            prepare();
        }
    }

    private void prepare() {
        splitDescription.set(split.describe());
        if (table == null) {
            return;
        }
        long id = ++generation;
        DatasetSpec wanted;
        try {
            wanted = buildSpec();
        } catch (WorkbenchException e) {
            error.set(e.getMessage());
            clearResults();
            loading.set(false);
            return;
        }
        spec.set(wanted);
        DataTable current = table;
        loading.set(true);
        executor.execute(() -> DataPipeline.prepare(wanted, current), result -> {
            if (id == generation) {
                accept(wanted, result);
            }
        }, failure -> {
            if (id == generation) {
                loading.set(false);
                error.set(userMessage(failure));
                clearResults();
            }
        });
    }

    /** The user's message of a failure; anything else is a bug and goes to the uncaught-exception handler. */
    private static String userMessage(Throwable failure) {
        if (failure instanceof WorkbenchException w) {
            return w.getMessage();
        }
        throw new IllegalStateException("preparing the data failed unexpectedly", failure);
    }

    private DatasetSpec buildSpec() {
        TransformSpec transform = new TransformSpec(power.get(),
                power.get() == TransformSpec.Power.BOX_COX && !fitBoxCoxLambda.get() ? boxCoxLambda.get() : null,
                seasonalPeriod.get(), differenceOrder.get(), scaling.get());
        return DatasetSpec.builder(source.get()).targetColumn(targetColumn.get()).inputColumns(List.copyOf(inputColumns))
                .missingPolicy(missingPolicy.get()).transform(transform).lags(lags.get()).horizon(horizon.get())
                .shape(shape.get()).split(split.spec()).build();
    }

    private void adopt(DataTable loaded) {
        table = loaded;
        applying = true;
        try {
            columnNames.setAll(loaded.columnNames());
            previewHeaders.setAll(TablePreview.headers(loaded));
            previewRows.setAll(TablePreview.rows(loaded));
        } finally {
            applying = false;
        }
    }

    /** Sets every choice from {@code s} without re-preparing once per property. */
    private void show(DatasetSpec s) {
        applying = true;
        try {
            source.set(s.source());
            targetColumn.set(s.targetColumn() != null ? s.targetColumn() : table.lastColumnName());
            inputColumns.setAll(s.inputColumns());
            missingPolicy.set(s.missingPolicy());
            TransformSpec t = s.transform();
            scaling.set(t.scaling());
            power.set(t.power());
            fitBoxCoxLambda.set(t.boxCoxLambda() == null);
            if (t.boxCoxLambda() != null) {
                boxCoxLambda.set(t.boxCoxLambda());
            }
            differenceOrder.set(t.differenceOrder());
            seasonalPeriod.set(t.seasonalPeriod());
            lags.set(s.lags());
            horizon.set(s.horizon());
            shape.set(s.shape());
            split.show(s.split());
        } finally {
            applying = false;
        }
        splitDescription.set(split.describe());
    }

    private void accept(DatasetSpec preparedSpec, PreparedData data) {
        loading.set(false);
        error.set("");
        spec.set(preparedSpec);
        prepared.set(data);
        trainSamples.set(data.train().size());
        validationSamples.set(data.validation().size());
        testSamples.set(data.test().size());
        persistenceLoss.set(data.baselines().persistenceMse());
        persistenceLossOriginal.set(data.baselines().persistenceMseOriginal());
        meanLoss.set(data.baselines().meanMse());
        meanLossOriginal.set(data.baselines().meanMseOriginal());
    }

    private void clearResults() {
        prepared.set(null);
        trainSamples.set(0);
        validationSamples.set(0);
        testSamples.set(0);
        persistenceLoss.set(Double.NaN);
        persistenceLossOriginal.set(Double.NaN);
        meanLoss.set(Double.NaN);
        meanLossOriginal.set(Double.NaN);
    }

    // Properties: data choices

    /** The forecast column (one of {@link #columnNames()}). */
    public ObjectProperty<String> targetColumnProperty() {
        return targetColumn;
    }

    /** Input feature columns; empty means the target's own past. */
    public ObservableList<String> inputColumns() {
        return inputColumns;
    }

    public ObjectProperty<MissingPolicy> missingPolicyProperty() {
        return missingPolicy;
    }

    public ObjectProperty<TransformSpec.Scaling> scalingProperty() {
        return scaling;
    }

    /** Log or Box-Cox before differencing. */
    public ObjectProperty<TransformSpec.Power> powerProperty() {
        return power;
    }

    /** The Box-Cox lambda used when {@link #fitBoxCoxLambdaProperty()} is false. */
    public ObjectProperty<Double> boxCoxLambdaProperty() {
        return boxCoxLambda;
    }

    /** Whether Box-Cox fits its lambda on the training part (maximum likelihood); default true. */
    public BooleanProperty fitBoxCoxLambdaProperty() {
        return fitBoxCoxLambda;
    }

    /** Order of plain differencing, 0 to 2. */
    public IntegerProperty differenceOrderProperty() {
        return differenceOrder;
    }

    /** Seasonal differencing period, 0 for none. */
    public IntegerProperty seasonalPeriodProperty() {
        return seasonalPeriod;
    }

    public IntegerProperty lagsProperty() {
        return lags;
    }

    public IntegerProperty horizonProperty() {
        return horizon;
    }

    public ObjectProperty<FrameShape> shapeProperty() {
        return shape;
    }

    /** Chronological split fractions: editing train or validation re-balances test, editing test re-balances validation. */
    public DoubleProperty trainFractionProperty() {
        return split.train();
    }

    public DoubleProperty validationFractionProperty() {
        return split.validation();
    }

    public DoubleProperty testFractionProperty() {
        return split.test();
    }

    // Properties: results

    /** {@code demo:NAME} or the absolute path of the loaded CSV file; empty before anything is loaded. */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** The spec of the current choices (null before anything is loaded or while a choice is impossible). */
    public ReadOnlyObjectProperty<DatasetSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** The prepared data of the current choices; null while they cannot be prepared. */
    public ReadOnlyObjectProperty<PreparedData> preparedProperty() {
        return prepared.getReadOnlyProperty();
    }

    /** The user's error (names file, row and column when it can); empty when all is fine. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True while a file is read or the data is prepared in the background. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** How the samples are split, in words ({@code 5/5/0 samples}, {@code chronological 0.7 / 0.15 / 0.15}). */
    public ReadOnlyStringProperty splitDescriptionProperty() {
        return splitDescription.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty trainSamplesProperty() {
        return trainSamples.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty validationSamplesProperty() {
        return validationSamples.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty testSamplesProperty() {
        return testSamples.getReadOnlyProperty();
    }

    /** Validation MSE of the persistence forecast in model units (NaN while invalid). */
    public ReadOnlyDoubleProperty persistenceLossProperty() {
        return persistenceLoss.getReadOnlyProperty();
    }

    /** Validation MSE of the persistence forecast in original units. */
    public ReadOnlyDoubleProperty persistenceLossOriginalProperty() {
        return persistenceLossOriginal.getReadOnlyProperty();
    }

    /** Validation MSE of the training-mean forecast in model units. */
    public ReadOnlyDoubleProperty meanLossProperty() {
        return meanLoss.getReadOnlyProperty();
    }

    /** Validation MSE of the training-mean forecast in original units. */
    public ReadOnlyDoubleProperty meanLossOriginalProperty() {
        return meanLossOriginal.getReadOnlyProperty();
    }

    /** Numeric columns of the loaded table (read-only). */
    public ObservableList<String> columnNames() {
        return columnNamesView;
    }

    /** Preview headers: label column (or "row"), then the numeric columns (read-only). */
    public ObservableList<String> previewHeaders() {
        return previewHeadersView;
    }

    /** The first 50 rows as text: label (or file row), then the values (read-only). */
    public ObservableList<List<String>> previewRows() {
        return previewRowsView;
    }

    /** Recently opened CSV files, most recent first, at most {@link RecentFiles#MAX} (read-only). */
    public ObservableList<Path> recentFiles() {
        return recentFiles.files();
    }
}

package org.lstmworkbench.ui.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.data.TextColumn;
import org.lstmworkbench.data.TransformSpec;
import org.lstmworkbench.ui.common.ErrorReporter;
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
    private final DatasetChoices choices = new DatasetChoices(this::prepare);

    // Properties: results (read-only)
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DatasetSpec> spec = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PreparedData> prepared = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper splitDescription = new ReadOnlyStringWrapper("");
    private final PreparedSummary summary = new PreparedSummary();
    private final ObservableList<String> columnNames = FXCollections.observableArrayList();
    private final ObservableList<String> inputChoices = FXCollections.observableArrayList();
    private final ObservableList<String> textColumns = FXCollections.observableArrayList();
    private final ObservableList<String> inputChoicesView = FXCollections.unmodifiableObservableList(inputChoices);
    private final ObservableList<String> textColumnsView = FXCollections.unmodifiableObservableList(textColumns);
    private final javafx.beans.property.BooleanProperty previewAsModel =
            new javafx.beans.property.SimpleBooleanProperty(this, "previewAsModel");
    private final ObservableList<String> previewHeaders = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObservableList<String> columnNamesView = FXCollections.unmodifiableObservableList(columnNames);
    private final ObservableList<String> previewHeadersView = FXCollections.unmodifiableObservableList(previewHeaders);
    private final ObservableList<List<String>> previewRowsView = FXCollections.unmodifiableObservableList(previewRows);

    /** The task the data is for; classification reads labelled sequences ({@link #sequences()}). */
    public enum DataTask { REGRESSION, CLASSIFICATION }

    private final javafx.beans.property.ObjectProperty<DataTask> task =
            new javafx.beans.property.SimpleObjectProperty<>(DataTask.REGRESSION);
    private final SequenceDataViewModel sequences;

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
        this.sequences = new SequenceDataViewModel(executor);
        // change listeners, not invalidation listeners: a property nobody reads stays invalid and
        // would report no further edits
        for (ObservableValue<?> o : choices.values()) {
            o.addListener((obs, was, now) -> settingsChanged());
        }
        choices.inputColumns.addListener((ListChangeListener<String>) change -> settingsChanged());
        choices.encodings.addListener((javafx.collections.MapChangeListener<String, Object>) change -> settingsChanged());
        previewAsModel.addListener((o, was, now) -> showPreview());
        splitDescription.set(choices.split.describe());
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
        load(() -> readWithNumericTarget(file), t -> DatasetSpec.builder(file.toString()).targetColumn(t.lastColumnName())
                .transform(TransformSpec.scaled(TransformSpec.Scaling.MIN_MAX)).build(), file);
    }

    /**
     * Reads a file whose default target (its last numeric column) is numbers: a bad cell there is
     * a typo to fix, so the file is refused as before, naming the cell. Other text columns load.
     */
    private static DataTable readWithNumericTarget(Path file) {
        DataTable t = CsvLoader.read(file);
        t.indexOf(t.lastColumnName());
        return t;
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
        splitDescription.set(choices.split.describe());
        if (table == null) {
            return;
        }
        long id = ++generation;
        DatasetSpec wanted;
        try {
            wanted = choices.spec(source.get());
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
        return ErrorReporter.userError(failure).map(WorkbenchException::getMessage).orElseThrow(
                () -> new IllegalStateException("preparing the data failed unexpectedly", failure));
    }

    private void adopt(DataTable loaded) {
        table = loaded;
        applying = true;
        try {
            columnNames.setAll(loaded.columnNames());
            List<String> categories = loaded.textColumns().stream().filter(TextColumn::categorical)
                    .map(TextColumn::name).toList();
            textColumns.setAll(categories);
            // numeric and category columns in the file's order
            List<String> inputs = new java.util.ArrayList<>(loaded.columnNames());
            inputs.addAll(categories);
            inputs.sort(java.util.Comparator.comparingInt(n -> fileIndex(loaded, n)));
            inputChoices.setAll(inputs);
            showPreview();
        } finally {
            applying = false;
        }
    }

    private static int fileIndex(DataTable t, String column) {
        int numeric = t.columnNames().indexOf(column);
        return numeric >= 0 ? t.columnIndices()[numeric] : t.textColumn(column).map(TextColumn::fileIndex).orElse(0);
    }

    /** The preview as loaded, or as the model sees it when asked and the data is prepared. */
    private void showPreview() {
        PreparedData data = prepared.get();
        if (previewAsModel.get() && data != null) {
            previewHeaders.setAll(TablePreview.modelHeaders(data));
            previewRows.setAll(TablePreview.modelRows(data));
        } else if (table != null) {
            previewHeaders.setAll(TablePreview.headers(table));
            previewRows.setAll(TablePreview.rows(table));
        }
    }

    /** Sets every choice from {@code s} without re-preparing once per property. */
    private void show(DatasetSpec s) {
        applying = true;
        try {
            source.set(s.source());
            choices.show(s, table.lastColumnName());
        } finally {
            applying = false;
        }
        splitDescription.set(choices.split.describe());
    }

    private void accept(DatasetSpec preparedSpec, PreparedData data) {
        loading.set(false);
        error.set("");
        spec.set(preparedSpec);
        prepared.set(data);
        summary.show(data);
        showPreview();
    }

    private void clearResults() {
        prepared.set(null);
        summary.clear();
        showPreview();
    }

    // Properties

    /** Regression (a table of series) or classification (labelled sequences). */
    public javafx.beans.property.ObjectProperty<DataTask> taskProperty() {
        return task;
    }

    /** The classification data: source, format, columns, classes, lengths, examples. */
    public SequenceDataViewModel sequences() {
        return sequences;
    }

    /** Every data choice (target, inputs, gaps, transforms, lags, horizon, shape, split), editable. */
    public DatasetChoices choices() {
        return choices;
    }

    /** Sample counts and naive baselines of the prepared data. */
    public PreparedSummary summary() {
        return summary;
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

    /** Numeric columns of the loaded table (read-only). */
    public ObservableList<String> columnNames() {
        return columnNamesView;
    }

    /** Columns an input can be: the numeric ones and the text (category) ones, in file order (read-only). */
    public ObservableList<String> inputColumnChoices() {
        return inputChoicesView;
    }

    /** Text columns holding categories, which are encoded when chosen as inputs (read-only). */
    public ObservableList<String> textColumnNames() {
        return textColumnsView;
    }

    /**
     * Whether the preview shows the data as the model sees it (after gaps, encoding and the chosen
     * transforms) rather than as loaded; default false. Shows the loaded data while nothing is prepared.
     */
    public javafx.beans.property.BooleanProperty previewAsModelProperty() {
        return previewAsModel;
    }

    /** Preview headers: label column (or "row"), then the columns (read-only). */
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

package org.lstmworkbench.ui.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.TransformSpec.Scaling;
import org.lstmworkbench.data.sequence.ClassLabels;
import org.lstmworkbench.data.sequence.PartFractions;
import org.lstmworkbench.data.sequence.PreparedSequences;
import org.lstmworkbench.data.sequence.Sequence;
import org.lstmworkbench.data.sequence.SequenceDataset;
import org.lstmworkbench.data.sequence.SequenceFormat;
import org.lstmworkbench.data.sequence.SequenceSpec;
import org.lstmworkbench.ui.common.ErrorReporter;
import org.lstmworkbench.ui.common.TaskExecutor;

/**
 * The classification data of the Dataset tab: the source (file, folder or {@code demo:NAME}),
 * the format and the columns it needs, split fractions and scaling as editable properties; after
 * {@link #load()} the classes with their counts, the imbalance warning, the distribution of
 * sequence lengths, a few example sequences per class and the prepared sequences a classifier
 * trains on. Loading runs through the {@link TaskExecutor}; only the latest request's result is
 * kept; a user error (bad folder, unknown column) lands in {@link #errorProperty()}.
 *
 * @implNote FX thread only.
 */
public final class SequenceDataViewModel {

    /** Example sequences shown per class. */
    public static final int EXAMPLES_PER_CLASS = 3;

    /** One class with its number of sequences. */
    public record ClassCount(String name, int count) {
    }

    private final TaskExecutor executor;
    private final StringProperty source = new SimpleStringProperty("demo:control-charts");
    /** Null detects the format. */
    private final ObjectProperty<SequenceFormat> format = new SimpleObjectProperty<>();
    private final StringProperty sequenceColumn = new SimpleStringProperty("");
    private final StringProperty stepColumn = new SimpleStringProperty("");
    private final StringProperty labelColumn = new SimpleStringProperty("");
    private final StringProperty groupColumn = new SimpleStringProperty("");
    private final StringProperty inputColumns = new SimpleStringProperty("");
    private final StringProperty labelsFile = new SimpleStringProperty("");
    private final DoubleProperty trainFraction = new SimpleDoubleProperty(SequenceSpec.DEFAULT_SPLIT.train());
    private final DoubleProperty validationFraction =
            new SimpleDoubleProperty(SequenceSpec.DEFAULT_SPLIT.validation());
    private final DoubleProperty testFraction = new SimpleDoubleProperty(SequenceSpec.DEFAULT_SPLIT.test());
    private final ObjectProperty<Scaling> scaling = new SimpleObjectProperty<>(Scaling.Z_SCORE);
    /** Not in the pane: kept from a restored spec ({@link #applySpec}) so its data splits the same again. */
    private int fixedLength;
    private long splitSeed = SequenceSpec.DEFAULT_SEED;

    private final ReadOnlyObjectWrapper<PreparedSequences> prepared = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SequenceSpec> spec = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lengthsDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ObservableList<ClassCount> classes = FXCollections.observableArrayList();
    private final ObservableList<Map.Entry<Integer, Integer>> lengthCounts = FXCollections.observableArrayList();
    private final ObservableList<Sequence> examples = FXCollections.observableArrayList();
    private final ObservableList<String> featureNames = FXCollections.observableArrayList();
    private long generation;

    public SequenceDataViewModel(TaskExecutor executor) {
        this.executor = executor;
    }

    // Commands

    /** Loads {@code demo:NAME}, a file or a folder with the current settings. */
    public void load(String newSource) {
        source.set(newSource);
        load();
    }

    /** Reads, splits and scales the source with the current settings in the background. */
    public void load() {
        load(message -> { });
    }

    /**
     * Shows {@code saved}'s settings (a reopened workspace's) and loads its data again in the
     * background; {@code done} gets, on the FX thread, "" once the data is loaded or the user's
     * error message (the one {@link #errorProperty()} shows) when it cannot be.
     */
    public void applySpec(SequenceSpec saved, Consumer<String> done) {
        source.set(saved.source());
        format.set(saved.format());
        sequenceColumn.set(orEmpty(saved.sequenceColumn()));
        stepColumn.set(orEmpty(saved.stepColumn()));
        labelColumn.set(orEmpty(saved.labelColumn()));
        groupColumn.set(orEmpty(saved.groupColumn()));
        labelsFile.set(orEmpty(saved.labelsFile()));
        inputColumns.set(String.join(",", saved.featureColumns()));
        trainFraction.set(saved.split().train());
        validationFraction.set(saved.split().validation());
        testFraction.set(saved.split().test());
        scaling.set(saved.scaling());
        fixedLength = saved.fixedLength();
        splitSeed = saved.seed();
        load(done);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private void load(Consumer<String> done) {
        SequenceSpec wanted;
        try {
            wanted = currentSpec();
        } catch (WorkbenchException | IllegalArgumentException e) {
            error.set(e.getMessage());
            clear();
            done.accept(e.getMessage());
            return;
        }
        long id = ++generation;
        loading.set(true);
        executor.execute(() -> {
            SequenceDataset raw = wanted.load();
            return new Loaded(raw, wanted.prepare(raw));
        }, loaded -> {
            if (id == generation) {
                loading.set(false);
                error.set("");
                spec.set(wanted);
                show(loaded);
                done.accept("");
            }
        }, failure -> {
            if (id == generation) {
                loading.set(false);
                error.set(ErrorReporter.userError(failure).map(WorkbenchException::getMessage).orElseThrow(
                        () -> new IllegalStateException("loading the sequences failed unexpectedly", failure)));
                clear();
                done.accept(error.get());
            }
        });
    }

    /** Loaded sequences with the summary the tab shows. */
    private record Loaded(SequenceDataset raw, PreparedSequences prepared, SortedMap<Integer, Integer> lengths,
                          List<Sequence> examples) {

        /**
         * Summarises {@code raw}; call it where the loading runs, not on the FX thread: the
         * summary walks every sequence, and a folder may hold thousands.
         */
        Loaded(SequenceDataset raw, PreparedSequences prepared) {
            this(raw, prepared, raw.lengthCounts(), examplesOf(raw));
        }
    }

    /** Up to {@link #EXAMPLES_PER_CLASS} sequences of each class, class by class. */
    private static List<Sequence> examplesOf(SequenceDataset raw) {
        List<Sequence> shown = new ArrayList<>();
        for (int k = 0; k < raw.classes().size(); k++) {
            shown.addAll(raw.examples(k, EXAMPLES_PER_CLASS));
        }
        return shown;
    }

    /** The settings as a spec (blank fields unset). */
    public SequenceSpec currentSpec() {
        SequenceSpec.Builder b = SequenceSpec.builder(source.get().trim())
                .format(format.get())
                .split(new PartFractions(trainFraction.get(), validationFraction.get(), testFraction.get()))
                .scaling(scaling.get())
                .fixedLength(fixedLength)
                .seed(splitSeed);
        if (!blank(sequenceColumn)) {
            b.sequenceColumn(sequenceColumn.get().trim());
        }
        if (!blank(stepColumn)) {
            b.stepColumn(stepColumn.get().trim());
        }
        if (!blank(labelColumn)) {
            b.labelColumn(labelColumn.get().trim());
        }
        if (!blank(groupColumn)) {
            b.groupColumn(groupColumn.get().trim());
        }
        if (!blank(labelsFile)) {
            b.labelsFile(labelsFile.get().trim());
        }
        if (!blank(inputColumns)) {
            b.featureColumns(List.of(inputColumns.get().trim().split("\\s*,\\s*")));
        }
        return b.build();
    }

    private static boolean blank(StringProperty p) {
        return p.get() == null || p.get().isBlank();
    }

    private void show(Loaded done) {
        SequenceDataset raw = done.raw();
        ClassLabels labels = raw.classes();
        featureNames.setAll(raw.featureNames());
        List<ClassCount> counts = new ArrayList<>();
        for (int k = 0; k < labels.size(); k++) {
            counts.add(new ClassCount(labels.name(k), labels.count(k)));
        }
        classes.setAll(counts);
        warning.set(labels.imbalanced() ? String.format(Locale.ROOT,
                "Imbalanced classes: the largest is %.1fx the smallest; balanced accuracy is reported beside "
                        + "accuracy.", labels.imbalanceRatio()) : "");
        lengthCounts.setAll(new ArrayList<>(done.lengths().entrySet()));
        // from the summary: raw.minLength() and maxLength() walk every sequence again
        int shortest = done.lengths().firstKey();
        int longest = done.lengths().lastKey();
        lengthsDescription.set(shortest == longest
                ? String.format(Locale.ROOT, "%d sequences, all %d steps", raw.size(), shortest)
                : String.format(Locale.ROOT, "%d sequences, %d to %d steps (padded and masked per batch)",
                        raw.size(), shortest, longest));
        examples.setAll(done.examples());
        prepared.set(done.prepared());
    }

    private void clear() {
        prepared.set(null);
        classes.clear();
        lengthCounts.clear();
        examples.clear();
        featureNames.clear();
        warning.set("");
        lengthsDescription.set("");
    }

    // Properties: settings

    public StringProperty sourceProperty() {
        return source;
    }

    /** The format, or null to detect it. */
    public ObjectProperty<SequenceFormat> formatProperty() {
        return format;
    }

    public StringProperty sequenceColumnProperty() {
        return sequenceColumn;
    }

    public StringProperty stepColumnProperty() {
        return stepColumn;
    }

    public StringProperty labelColumnProperty() {
        return labelColumn;
    }

    public StringProperty groupColumnProperty() {
        return groupColumn;
    }

    /** Comma-separated input columns (long format); blank: every numeric column. */
    public StringProperty inputColumnsProperty() {
        return inputColumns;
    }

    public StringProperty labelsFileProperty() {
        return labelsFile;
    }

    public DoubleProperty trainFractionProperty() {
        return trainFraction;
    }

    public DoubleProperty validationFractionProperty() {
        return validationFraction;
    }

    public DoubleProperty testFractionProperty() {
        return testFraction;
    }

    public ObjectProperty<Scaling> scalingProperty() {
        return scaling;
    }

    // Properties: results

    /** The sequences a classifier trains on; null until loaded or after a failure. */
    public ReadOnlyObjectProperty<PreparedSequences> preparedProperty() {
        return prepared.getReadOnlyProperty();
    }

    /** The spec of the loaded data. */
    public ReadOnlyObjectProperty<SequenceSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The imbalance warning (largest class above 3x the smallest), or empty. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** The sequence lengths in words ("600 sequences, all 60 steps"). */
    public ReadOnlyStringProperty lengthsDescriptionProperty() {
        return lengthsDescription.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The classes in their sorted order with their counts. */
    public ObservableList<ClassCount> classes() {
        return classes;
    }

    /** Length -> number of sequences, shortest first. */
    public ObservableList<Map.Entry<Integer, Integer>> lengthCounts() {
        return lengthCounts;
    }

    /** Up to {@link #EXAMPLES_PER_CLASS} raw sequences of each class, class by class. */
    public ObservableList<Sequence> examples() {
        return examples;
    }

    /** The loaded sequences' feature names in feature order (set before {@link #examples()} changes). */
    public ObservableList<String> featureNames() {
        return featureNames;
    }
}

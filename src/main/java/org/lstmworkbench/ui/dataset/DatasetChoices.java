package org.lstmworkbench.ui.dataset;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ObservableMap;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.data.EdgeGaps;
import org.lstmworkbench.data.Encoding;
import org.lstmworkbench.data.FrameShape;
import org.lstmworkbench.data.MissingPolicy;
import org.lstmworkbench.data.TransformSpec;

/**
 * Every data choice of the dataset pane as an editable property, and the conversions between
 * them and a {@link DatasetSpec}. The {@link DatasetViewModel} re-prepares the data on each change.
 *
 * @implNote FX-thread only.
 */
public final class DatasetChoices {

    final ObjectProperty<String> targetColumn = new SimpleObjectProperty<>(this, "targetColumn");
    final ObservableList<String> inputColumns = FXCollections.observableArrayList();
    final ObjectProperty<MissingPolicy> missingPolicy = new SimpleObjectProperty<>(MissingPolicy.ERROR);
    final ObjectProperty<TransformSpec.Scaling> scaling = new SimpleObjectProperty<>(TransformSpec.Scaling.NONE);
    final ObjectProperty<TransformSpec.Power> power = new SimpleObjectProperty<>(TransformSpec.Power.NONE);
    final ObjectProperty<Double> boxCoxLambda = new SimpleObjectProperty<>();
    final IntegerProperty differenceOrder = new SimpleIntegerProperty();
    final IntegerProperty seasonalPeriod = new SimpleIntegerProperty();
    final IntegerProperty lags = new SimpleIntegerProperty(1);
    final IntegerProperty horizon = new SimpleIntegerProperty(1);
    final ObjectProperty<FrameShape> shape = new SimpleObjectProperty<>(FrameShape.MANY_TO_ONE);
    final BooleanProperty fitBoxCoxLambda = new SimpleBooleanProperty(true);
    final ObjectProperty<EdgeGaps> edgeGaps = new SimpleObjectProperty<>(EdgeGaps.FILL);
    final DoubleProperty shift = new SimpleDoubleProperty();
    final ObservableMap<String, Encoding> encodings = FXCollections.observableMap(new java.util.LinkedHashMap<>());
    final SplitFractions split;

    /** @param onSplitEdit called when a split fraction is edited (the fractions re-balance first) */
    DatasetChoices(Runnable onSplitEdit) {
        this.split = new SplitFractions(onSplitEdit);
    }

    /** The single-valued choices, whose every change re-prepares the data (not the input columns: a list). */
    List<javafx.beans.value.ObservableValue<?>> values() {
        return List.of(targetColumn, missingPolicy, scaling, power, boxCoxLambda, fitBoxCoxLambda,
                differenceOrder, seasonalPeriod, lags, horizon, shape, edgeGaps, shift);
    }

    /** The spec of the current choices for {@code source}; throws the user's error when a choice is impossible. */
    DatasetSpec spec(String source) {
        TransformSpec transform = new TransformSpec(power.get(),
                power.get() == TransformSpec.Power.BOX_COX && !fitBoxCoxLambda.get() ? boxCoxLambda.get() : null,
                seasonalPeriod.get(), differenceOrder.get(), scaling.get(),
                power.get() == TransformSpec.Power.NONE ? 0 : shift.get());
        // only the chosen inputs' encodings: a column unticked keeps its choice for later, not in the spec
        java.util.Map<String, Encoding> chosen = new java.util.LinkedHashMap<>();
        encodings.forEach((column, encoding) -> {
            if (inputColumns.contains(column)) {
                chosen.put(column, encoding);
            }
        });
        return DatasetSpec.builder(source).targetColumn(targetColumn.get()).inputColumns(List.copyOf(inputColumns))
                .missingPolicy(missingPolicy.get()).transform(transform).lags(lags.get()).horizon(horizon.get())
                .shape(shape.get()).split(split.spec()).edgeGaps(edgeGaps.get()).encodings(chosen).build();
    }

    /** Sets every choice from {@code s}; {@code defaultTarget} when it names no target column. */
    void show(DatasetSpec s, String defaultTarget) {
        targetColumn.set(s.targetColumn() != null ? s.targetColumn() : defaultTarget);
        inputColumns.setAll(s.inputColumns());
        missingPolicy.set(s.missingPolicy());
        TransformSpec t = s.transform();
        scaling.set(t.scaling());
        power.set(t.power());
        shift.set(t.shift());
        edgeGaps.set(s.edgeGaps());
        encodings.clear();
        encodings.putAll(s.encodings());
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
    }

    // Properties

    /** The forecast column (one of {@link DatasetViewModel#columnNames()}). */
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

    /** Leading (and, interpolating, trailing) gaps: filled from the nearest value or trimmed. */
    public ObjectProperty<EdgeGaps> edgeGapsProperty() {
        return edgeGaps;
    }

    /** {@code c} added before log, log1p or Box-Cox: {@code log(x + c)}; 0 for none. */
    public DoubleProperty shiftProperty() {
        return shift;
    }

    /**
     * Encoding of text input columns by name; a text input not in the map is one-hot. Editing it
     * re-prepares the data.
     */
    public ObservableMap<String, Encoding> encodings() {
        return encodings;
    }

    /** How text input {@code column} is encoded now (one-hot unless chosen otherwise). */
    public Encoding encodingOf(String column) {
        return encodings.getOrDefault(column, Encoding.ONE_HOT);
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
}

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
import org.lstmworkbench.data.DatasetSpec;
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
    final SplitFractions split;

    /** @param onSplitEdit called when a split fraction is edited (the fractions re-balance first) */
    DatasetChoices(Runnable onSplitEdit) {
        this.split = new SplitFractions(onSplitEdit);
    }

    /** The single-valued choices, whose every change re-prepares the data (not the input columns: a list). */
    List<javafx.beans.value.ObservableValue<?>> values() {
        return List.of(targetColumn, missingPolicy, scaling, power, boxCoxLambda, fitBoxCoxLambda,
                differenceOrder, seasonalPeriod, lags, horizon, shape);
    }

    /** The spec of the current choices for {@code source}; throws the user's error when a choice is impossible. */
    DatasetSpec spec(String source) {
        TransformSpec transform = new TransformSpec(power.get(),
                power.get() == TransformSpec.Power.BOX_COX && !fitBoxCoxLambda.get() ? boxCoxLambda.get() : null,
                seasonalPeriod.get(), differenceOrder.get(), scaling.get());
        return DatasetSpec.builder(source).targetColumn(targetColumn.get()).inputColumns(List.copyOf(inputColumns))
                .missingPolicy(missingPolicy.get()).transform(transform).lags(lags.get()).horizon(horizon.get())
                .shape(shape.get()).split(split.spec()).build();
    }

    /** Sets every choice from {@code s}; {@code defaultTarget} when it names no target column. */
    void show(DatasetSpec s, String defaultTarget) {
        targetColumn.set(s.targetColumn() != null ? s.targetColumn() : defaultTarget);
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

package org.lstmworkbench.ui.dataset;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.lstmworkbench.data.PreparedData;

/**
 * The numbers the dataset pane shows about the prepared data: sample counts per part and the
 * naive baselines' validation losses in model and original units (NaN while nothing is prepared).
 *
 * @implNote FX-thread only.
 */
public final class PreparedSummary {

    final ReadOnlyIntegerWrapper trainSamples = new ReadOnlyIntegerWrapper();
    final ReadOnlyIntegerWrapper validationSamples = new ReadOnlyIntegerWrapper();
    final ReadOnlyIntegerWrapper testSamples = new ReadOnlyIntegerWrapper();
    final ReadOnlyDoubleWrapper persistenceLoss = new ReadOnlyDoubleWrapper(Double.NaN);
    final ReadOnlyDoubleWrapper persistenceLossOriginal = new ReadOnlyDoubleWrapper(Double.NaN);
    final ReadOnlyDoubleWrapper meanLoss = new ReadOnlyDoubleWrapper(Double.NaN);
    final ReadOnlyDoubleWrapper meanLossOriginal = new ReadOnlyDoubleWrapper(Double.NaN);
    final ReadOnlyDoubleWrapper boxCoxLambda = new ReadOnlyDoubleWrapper(Double.NaN);
    final ReadOnlyStringWrapper preparation = new ReadOnlyStringWrapper("");

    void show(PreparedData data) {
        trainSamples.set(data.train().size());
        validationSamples.set(data.validation().size());
        testSamples.set(data.test().size());
        persistenceLoss.set(data.baselines().persistenceMse());
        persistenceLossOriginal.set(data.baselines().persistenceMseOriginal());
        meanLoss.set(data.baselines().meanMse());
        meanLossOriginal.set(data.baselines().meanMseOriginal());
        Double lambda = data.report().boxCoxLambda();
        boxCoxLambda.set(lambda == null ? Double.NaN : lambda);
        preparation.set(String.join("\n", data.report().lines()));
    }

    void clear() {
        trainSamples.set(0);
        validationSamples.set(0);
        testSamples.set(0);
        persistenceLoss.set(Double.NaN);
        persistenceLossOriginal.set(Double.NaN);
        meanLoss.set(Double.NaN);
        meanLossOriginal.set(Double.NaN);
        boxCoxLambda.set(Double.NaN);
        preparation.set("");
    }

    // Properties

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

    /** The target's Box-Cox lambda (fitted on the training part or given), NaN without Box-Cox. */
    public ReadOnlyDoubleProperty boxCoxLambdaProperty() {
        return boxCoxLambda.getReadOnlyProperty();
    }

    /**
     * What preparing did, a line each: gaps filled or rows dropped, each text input's encoding with
     * its unseen values, the Box-Cox lambda (see {@link org.lstmworkbench.data.DataReport#lines()}).
     */
    public ReadOnlyStringProperty preparationProperty() {
        return preparation.getReadOnlyProperty();
    }

    /** Validation MSE of the training-mean forecast in original units. */
    public ReadOnlyDoubleProperty meanLossOriginalProperty() {
        return meanLossOriginal.getReadOnlyProperty();
    }
}

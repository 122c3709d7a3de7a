package org.lstmworkbench.ui.dataset;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
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

    void show(PreparedData data) {
        trainSamples.set(data.train().size());
        validationSamples.set(data.validation().size());
        testSamples.set(data.test().size());
        persistenceLoss.set(data.baselines().persistenceMse());
        persistenceLossOriginal.set(data.baselines().persistenceMseOriginal());
        meanLoss.set(data.baselines().meanMse());
        meanLossOriginal.set(data.baselines().meanMseOriginal());
    }

    void clear() {
        trainSamples.set(0);
        validationSamples.set(0);
        testSamples.set(0);
        persistenceLoss.set(Double.NaN);
        persistenceLossOriginal.set(Double.NaN);
        meanLoss.set(Double.NaN);
        meanLossOriginal.set(Double.NaN);
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

    /** Validation MSE of the training-mean forecast in original units. */
    public ReadOnlyDoubleProperty meanLossOriginalProperty() {
        return meanLossOriginal.getReadOnlyProperty();
    }
}

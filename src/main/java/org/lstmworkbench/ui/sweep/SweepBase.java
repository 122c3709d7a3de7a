package org.lstmworkbench.ui.sweep;

import java.util.function.Supplier;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.experiment.Experiment;
import org.lstmworkbench.experiment.SweepSpec;
import org.lstmworkbench.model.ModelConfig;

/**
 * What a new sweep is based on: the window's current data and model, turned into the experiment
 * the panel's sweep settings describe (a regression experiment on a series, or a classification
 * one on labelled sequences). Called on the FX thread when Start is pressed; the data it names are
 * read by the runner in the background.
 */
@FunctionalInterface
public interface SweepBase {

    /**
     * The experiment of {@code sweep} with {@code repeats} runs per point and {@code baseSeed}.
     *
     * @throws WorkbenchException when there is no base (no data open, no valid model) or it does not fit
     */
    Experiment experiment(SweepSpec sweep, int repeats, long baseSeed);

    /** A regression base: the dataset settings and the model configuration (either null when not set). */
    static SweepBase regression(Supplier<DatasetSpec> data, Supplier<ModelConfig> base) {
        return (sweep, repeats, baseSeed) -> {
            DatasetSpec d = data.get();
            ModelConfig c = base.get();
            if (d == null || c == null) {
                throw noBase();
            }
            return new Experiment(d, c, sweep, repeats, baseSeed);
        };
    }

    /** The error when the window has no data or no valid model to sweep. */
    static WorkbenchException noBase() {
        return new WorkbenchException("Open a dataset (tab 1) and set a valid model (tab 2) first: they are the "
                + "sweep's base");
    }
}

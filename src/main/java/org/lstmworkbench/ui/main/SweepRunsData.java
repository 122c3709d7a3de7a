package org.lstmworkbench.ui.main;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.lstmworkbench.data.Baselines;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.experiment.Experiment;
import org.lstmworkbench.ui.common.ErrorReporter;
import org.lstmworkbench.ui.common.Failure;
import org.lstmworkbench.ui.common.TaskExecutor;
import org.lstmworkbench.workspace.RunDataset;

/**
 * The data of the sweep point's runs drawn on the loss chart, so {@link ChartBaselines} judges
 * them against the sweep's own data. A regression sweep's baselines come from the loaded data
 * when its settings are the sweep's, else they are computed once from the settings in the
 * background; {@code changed} runs when they arrive.
 *
 * @implNote FX-thread only.
 */
final class SweepRunsData {

    private final TaskExecutor io;
    private final Runnable changed;
    private final Consumer<Failure> bug;
    private final Map<DatasetSpec, Baselines> baselines = new HashMap<>();
    private boolean shown;

    SweepRunsData(TaskExecutor io, Runnable changed, Consumer<Failure> bug) {
        this.io = io;
        this.changed = changed;
        this.bug = bug;
    }

    /** Whether a sweep point's runs are on the chart. */
    void setShown(boolean runsShown) {
        shown = runsShown;
    }

    /** The data of the runs shown of {@code experiment}'s sweep, or null when none are shown. */
    RunDataset of(Experiment experiment, PreparedData loaded) {
        if (!shown || experiment == null) {
            return null;
        }
        if (experiment.isClassification()) {
            return RunDataset.of(experiment.sequences(), null).withId("sweep");
        }
        DatasetSpec spec = experiment.data();
        if (loaded != null && loaded.spec().equals(spec)) {
            baselines.putIfAbsent(spec, loaded.baselines());
        }
        if (!baselines.containsKey(spec)) {
            baselines.put(spec, null);
            io.execute(() -> DataPipeline.prepare(spec).baselines(), b -> {
                baselines.put(spec, b);
                changed.run();
            }, error -> {
                // data that no longer loads leaves the sweep's runs without baselines; a bug is shown
                if (!ErrorReporter.isUserError(error)) {
                    bug.accept(new Failure("Computing the sweep's baselines failed", error));
                }
            });
        }
        return new RunDataset("sweep", null, spec, null, baselines.get(spec));
    }
}

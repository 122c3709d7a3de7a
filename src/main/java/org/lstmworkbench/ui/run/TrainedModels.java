package org.lstmworkbench.ui.run;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.data.sequence.PreparedSequences;
import org.lstmworkbench.training.ModelExport;
import org.lstmworkbench.ui.common.TaskExecutor;

/**
 * The trained networks of this session's runs, by run id, with the data they were trained
 * on, so "Save model" can write one ({@link ModelExport}): a forecaster with its transform, a
 * classifier with its classes and scalers. Runs restored from a workspace have no network (a
 * workspace keeps curves, not weights).
 *
 * @implNote Thread-safe: runs end on the UI thread, saving reads on a worker.
 */
public final class TrainedModels {

    /** One of {@code data} (a forecaster's) and {@code sequences} (a classifier's) is set. */
    private record Trained(MultiLayerNetwork network, PreparedData data, PreparedSequences sequences) {
    }

    private final Map<String, Trained> byRun = new ConcurrentHashMap<>();

    void keep(String runId, MultiLayerNetwork network, PreparedData data) {
        byRun.put(runId, new Trained(network, data, null));
    }

    void keepClassifier(String runId, MultiLayerNetwork network, PreparedSequences sequences) {
        byRun.put(runId, new Trained(network, null, sequences));
    }

    /** Keeps only the networks of these runs (the others were removed from the list). */
    void retain(java.util.Collection<String> runIds) {
        byRun.keySet().retainAll(runIds);
    }

    /** Whether the run's network can be saved. */
    public boolean has(RunItem run) {
        return run != null && byRun.containsKey(run.id());
    }

    /**
     * Writes the run's network and its transform file in the background; {@code done} gets a line for
     * the status bar, {@code failed} the error (a user error when the run has no network or the data's
     * transform cannot be exported, or the file cannot be written).
     */
    public void save(RunItem run, Path zip, TaskExecutor executor, Consumer<String> done, Consumer<Throwable> failed) {
        Trained t = run == null ? null : byRun.get(run.id());
        if (t == null) {
            failed.accept(new WorkbenchException(run == null ? "Select a run to save its model"
                    : run.name() + " has no trained network to save: only runs trained in this session keep theirs"));
            return;
        }
        if (t.sequences() != null) {
            executor.execute(() -> ModelExport.writeClassifier(t.network(), t.sequences(), zip),
                    c -> done.accept("Saved " + run.name() + "'s classifier to " + zip + " and its classes and scalers"
                            + " to " + ModelExport.transformFile(zip) + "; it "
                            + ModelExport.loadingNeeds(c.requiresWorkbenchClasses())), failed);
            return;
        }
        executor.execute(() -> ModelExport.write(t.network(), t.data(), zip),
                transform -> done.accept("Saved " + run.name() + "'s model to " + zip + " and its transform to "
                        + ModelExport.transformFile(zip) + "; it " + ModelExport.loadingNeeds(transform)), failed);
    }
}

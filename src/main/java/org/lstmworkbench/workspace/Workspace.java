package org.lstmworkbench.workspace;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.data.sequence.SequenceSpec;
import org.lstmworkbench.model.ModelConfig;

/**
 * Everything a person had open: the task, the data settings of both tasks (references and
 * settings, not values: a CSV is re-read from its path), the configuration being edited, and every
 * run with its history.
 *
 * @param version   format version, {@link #CURRENT_VERSION}
 * @param task      the task the window was set to (regression for version 1 and 2 files)
 * @param dataset   the regression data's reference and settings, or null
 * @param sequences the classification data's settings ({@code SequenceSpecJson}'s form), or null
 * @param config    the configuration in the configurator, or null
 * @param runs      every run, in the order of the run list
 * @param datasets  the data of the runs, each once (version 4); a run refers to one by id
 */
public record Workspace(int version, Kind task, DatasetSpec dataset,
                        @JsonSerialize(using = SequenceSpecField.Writer.class)
                        @JsonDeserialize(using = SequenceSpecField.Reader.class) SequenceSpec sequences,
                        ModelConfig config, List<SavedRun> runs, List<RunDataset> datasets) {

    /** The format version this release writes; {@link WorkspaceStore} also reads versions 1 to 3. */
    public static final int CURRENT_VERSION = 4;

    /** The task of the window's data, as the file names it. */
    public enum Kind {
        @JsonProperty("regression") REGRESSION,
        @JsonProperty("classification") CLASSIFICATION
    }

    public Workspace {
        task = task == null ? Kind.REGRESSION : task;
        runs = runs == null ? List.of() : List.copyOf(runs);
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
    }

    /** A workspace whose runs keep no dataset references (files before version 4 until upgraded). */
    public Workspace(int version, Kind task, DatasetSpec dataset, SequenceSpec sequences, ModelConfig config,
                     List<SavedRun> runs) {
        this(version, task, dataset, sequences, config, runs, List.of());
    }

    /** The dataset {@code id} of {@link #datasets()}, if listed. */
    public java.util.Optional<RunDataset> datasetOf(SavedRun run) {
        return datasets.stream().filter(d -> d.id().equals(run.dataset())).findFirst();
    }

    /** A regression workspace. */
    public static Workspace of(DatasetSpec dataset, ModelConfig config, List<SavedRun> runs) {
        return new Workspace(CURRENT_VERSION, Kind.REGRESSION, dataset, null, config, runs);
    }

    /**
     * A workspace of either task with the data settings of both (either may be null: the window
     * keeps the regression data while it classifies, and the reverse).
     */
    public static Workspace of(Kind task, DatasetSpec dataset, SequenceSpec sequences, ModelConfig config,
                               List<SavedRun> runs) {
        return new Workspace(CURRENT_VERSION, task, dataset, sequences, config, runs);
    }

    /** A workspace of either task with its runs' datasets (each run refers to one by id, or to none). */
    public static Workspace of(Kind task, DatasetSpec dataset, SequenceSpec sequences, ModelConfig config,
                               List<SavedRun> runs, List<RunDataset> datasets) {
        return new Workspace(CURRENT_VERSION, task, dataset, sequences, config, runs, datasets);
    }
}

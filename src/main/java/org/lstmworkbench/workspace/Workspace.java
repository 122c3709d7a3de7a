package org.lstmworkbench.workspace;

import java.util.List;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.model.ModelConfig;

/**
 * Everything a person had open: the dataset (its reference and settings, not its values: a CSV is
 * re-read from its path), the configuration being edited, and every run with its history.
 *
 * @param version format version, {@link #CURRENT_VERSION}
 * @param dataset dataset reference and settings, or null
 * @param config  the configuration in the configurator, or null
 * @param runs    every run, in the order of the run list
 */
public record Workspace(int version, DatasetSpec dataset, ModelConfig config, List<SavedRun> runs) {

    /** The format version this release writes; {@link WorkspaceStore} also reads version 1. */
    public static final int CURRENT_VERSION = 2;

    public Workspace {
        runs = runs == null ? List.of() : List.copyOf(runs);
    }

    public static Workspace of(DatasetSpec dataset, ModelConfig config, List<SavedRun> runs) {
        return new Workspace(CURRENT_VERSION, dataset, config, runs);
    }
}

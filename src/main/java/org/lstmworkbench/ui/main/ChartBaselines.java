package org.lstmworkbench.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.lstmworkbench.data.Baselines;
import org.lstmworkbench.ui.run.RunItem;
import org.lstmworkbench.workspace.RunDataset;

/**
 * Which naive baselines the loss chart draws: those of the runs shown, never simply those of the
 * loaded dataset, so a run is always read against its own data.
 * <ol>
 *   <li>A selected run: its dataset's baselines; an imported curve without a dataset has none.</li>
 *   <li>Else the visible runs: when those with data share one dataset, its baselines (curves
 *       without data are left out); when they come from several datasets, none, and the note
 *       says so: a line of one dataset under the curves of another would mislead.</li>
 *   <li>A sweep point's runs drawn on the chart count as visible runs of the sweep's data.</li>
 *   <li>No visible run: the loaded dataset's, what the next run will be judged against.</li>
 * </ol>
 * The note names the data when it is not the loaded dataset, and says why nothing is drawn.
 */
final class ChartBaselines {

    /** The baselines to draw (null: none) and the line under the chart ("" when none is needed). */
    record Choice(Baselines baselines, String note) {

        double persistence() {
            return baselines == null ? Double.NaN : baselines.persistenceMse();
        }

        double trainingMean() {
            return baselines == null ? Double.NaN : baselines.meanMse();
        }
    }

    private ChartBaselines() {
    }

    /**
     * @param selected the selected run, or null
     * @param runs     the listed runs
     * @param loaded   the loaded data's baselines, or null
     * @param isLoaded whether a run's dataset is the loaded one
     */
    static Choice choose(RunItem selected, List<RunItem> runs, Baselines loaded, Predicate<RunDataset> isLoaded) {
        return choose(selected, runs, null, loaded, isLoaded);
    }

    /**
     * @param sweepData the data of the sweep point's runs drawn on the chart, or null when none are
     */
    static Choice choose(RunItem selected, List<RunItem> runs, RunDataset sweepData, Baselines loaded,
                         Predicate<RunDataset> isLoaded) {
        if (selected != null) {
            RunDataset d = selected.dataset();
            if (d == null) {
                return new Choice(null, "No baselines: " + selected.name()
                        + " is an imported curve without a dataset (attach one to compare it)");
            }
            return new Choice(d.baselines(), isLoaded.test(d) ? "" : noteOf(d, selected.name()));
        }
        List<RunItem> visible = runs.stream().filter(r -> r.visibleProperty().get()).toList();
        if (visible.isEmpty() && sweepData == null) {
            return new Choice(loaded, "");
        }
        List<RunDataset> datasets = new ArrayList<>();
        List<String> users = new ArrayList<>();
        for (RunItem r : visible) {
            add(datasets, users, r.dataset(), r.name());
        }
        add(datasets, users, sweepData, "the sweep point's runs");
        int shown = visible.size() + (sweepData == null ? 0 : 1);
        if (datasets.isEmpty()) {
            return new Choice(null, "No baselines: the visible runs are imported curves without a dataset");
        }
        if (datasets.size() > 1) {
            return new Choice(null, "No baselines: the visible runs come from " + datasets.size() + " datasets ("
                    + String.join(", ", datasets.stream().map(RunDataset::name).toList())
                    + "); select a run to see its own");
        }
        RunDataset d = datasets.get(0);
        String whose = shown == 1 ? users.get(0) : "the visible runs";
        return new Choice(d.baselines(), isLoaded.test(d) ? "" : noteOf(d, whose));
    }

    /** Lists {@code d} unless the same data is listed (a sweep over a run's data is one dataset). */
    private static void add(List<RunDataset> datasets, List<String> users, RunDataset d, String user) {
        if (d != null && datasets.stream().noneMatch(listed -> listed.id().equals(d.id()) || listed.sameData(d))) {
            datasets.add(d);
            users.add(user);
        }
    }

    private static String noteOf(RunDataset d, String run) {
        return "Baselines of " + d.name() + ", the data of " + run + " (not the loaded dataset)";
    }
}

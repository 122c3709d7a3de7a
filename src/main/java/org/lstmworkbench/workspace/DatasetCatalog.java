package org.lstmworkbench.workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The datasets the runs of a window were trained on, each listed once under its own id
 * ({@code d1, d2...}): a run started on data already listed refers to that entry, so a workspace
 * saves each dataset's settings and baselines once and its runs refer to it by id.
 *
 * @implNote Not thread-safe; the window uses it on the FX thread.
 */
public final class DatasetCatalog {

    private final Map<String, RunDataset> byId = new LinkedHashMap<>();
    private int next = 1;

    /**
     * The listed entry with the same data as {@code data} (settings equal), or {@code data} listed
     * under a new id; null for null (a curve trained elsewhere).
     */
    public RunDataset refer(RunDataset data) {
        if (data == null) {
            return null;
        }
        for (RunDataset listed : byId.values()) {
            if (listed.sameData(data)) {
                if (listed.baselines() == null && data.baselines() != null) {
                    // a reopened version-3 entry learns the baselines a new run computed
                    listed = listed.withBaselines(data.baselines());
                    byId.put(listed.id(), listed);
                }
                return listed;
            }
        }
        String id = "d" + next++;
        while (byId.containsKey(id)) {
            id = "d" + next++;
        }
        RunDataset listed = data.withId(id);
        byId.put(id, listed);
        return listed;
    }

    /** Replaces the list with a workspace's datasets, keeping their ids; new ones get ids after them. */
    public void restore(Collection<RunDataset> datasets) {
        byId.clear();
        next = 1;
        for (RunDataset d : datasets) {
            byId.put(d.id(), d);
            bump(d.id());
        }
    }

    /** The entry listed under {@code id}. */
    public Optional<RunDataset> get(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The entries among {@code ids}, in the order they were listed (what a workspace saves). */
    public List<RunDataset> used(Set<String> ids) {
        List<RunDataset> out = new ArrayList<>();
        byId.forEach((id, d) -> {
            if (ids.contains(id)) {
                out.add(d);
            }
        });
        return out;
    }

    private void bump(String id) {
        try {
            next = Math.max(next, Integer.parseInt(id.substring(1)) + 1);
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            // an id of another form keeps its own numbering; new ones still get unique d-numbers
            next = Math.max(next, byId.size() + 1);
        }
    }
}

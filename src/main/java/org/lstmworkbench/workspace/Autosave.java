package org.lstmworkbench.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.lstmworkbench.WorkbenchException;

/**
 * The window's autosave file across sessions. The runs an earlier session left in the file (after
 * a crash, before they were recovered) are read once, before this session's first write replaces
 * the file, and kept in every later write beside this session's runs (an id that clashes with one of
 * this session's gets a suffix). Snapshots are numbered when taken ({@link #issue()}) and written
 * in that order: one that arrives after a newer one was written is dropped, so an older snapshot
 * never replaces a newer one whatever thread writes it.
 */
public final class Autosave {

    private final Path file;
    private final AtomicLong issued = new AtomicLong();
    private long written;
    private boolean earlierRead;
    private List<SavedRun> earlierRuns = List.of();
    private List<RunDataset> earlierDatasets = List.of();

    public Autosave(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The number of a snapshot taken now; call it when the snapshot is taken, not when it is written. */
    public long issue() {
        return issued.incrementAndGet();
    }

    /**
     * Writes snapshot {@code number} with the earlier session's runs, unless a newer one is on disk.
     *
     * @return a note for the status line (an earlier file that did not load was kept aside), or ""
     * @throws WorkbenchException when the file cannot be written
     */
    public synchronized String write(long number, Workspace snapshot) {
        if (number <= written) {
            return "";
        }
        String note = earlierRead ? "" : readEarlier();
        WorkspaceStore.save(file, merged(snapshot));
        written = number;
        return note;
    }

    /** The earlier runs are in the window now (the file was opened): they are no longer added. */
    public synchronized void recovered() {
        earlierRead = true;
        earlierRuns = List.of();
        earlierDatasets = List.of();
    }

    private String readEarlier() {
        earlierRead = true;
        if (!Files.exists(file)) {
            return "";
        }
        try {
            Workspace w = WorkspaceStore.load(file);
            earlierRuns = w.runs();
            earlierDatasets = w.datasets();
            return "";
        } catch (WorkbenchException e) {
            // never overwrite what could not be read: it may hold the only copy of earlier runs
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + System.currentTimeMillis());
            try {
                Files.copy(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.io.IOException io) {
                throw new WorkbenchException(file + ": cannot keep the unreadable autosave aside (" + io.getMessage()
                        + ")", io);
            }
            return "The earlier autosave did not load (" + e.getMessage() + "); it was kept as " + aside;
        }
    }

    private Workspace merged(Workspace snapshot) {
        if (earlierRuns.isEmpty()) {
            return snapshot;
        }
        Set<String> datasetIds = new HashSet<>();
        snapshot.datasets().forEach(d -> datasetIds.add(d.id()));
        Map<String, String> datasetRename = new HashMap<>();
        List<RunDataset> datasets = new ArrayList<>(snapshot.datasets());
        for (RunDataset d : earlierDatasets) {
            String id = free(d.id(), datasetIds);
            datasetRename.put(d.id(), id);
            datasets.add(d.withId(id));
        }
        Set<String> runIds = new HashSet<>();
        Set<String> groups = new HashSet<>();
        snapshot.runs().forEach(r -> {
            runIds.add(r.id());
            groups.add(r.group());
        });
        List<SavedRun> runs = new ArrayList<>(snapshot.runs());
        for (SavedRun r : earlierRuns) {
            String data = r.dataset() == null ? null : datasetRename.getOrDefault(r.dataset(), r.dataset());
            // a group name of this session would join the earlier runs to its group
            String group = r.group() != null && groups.contains(r.group()) ? r.group() + "-earlier" : r.group();
            runs.add(renamed(r, free(r.id(), runIds), group).withDataset(data));
        }
        return Workspace.of(snapshot.task(), snapshot.dataset(), snapshot.sequences(), snapshot.config(), runs,
                datasets);
    }

    /** {@code id}, or {@code id-earlier}, {@code id-earlier2}... when taken; the result is marked taken. */
    private static String free(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 1; taken.contains(candidate); n++) {
            candidate = id + "-earlier" + (n == 1 ? "" : String.valueOf(n));
        }
        taken.add(candidate);
        return candidate;
    }

    private static SavedRun renamed(SavedRun r, String id, String group) {
        return new SavedRun(id, r.name(), group, r.colourIndex(), r.visible(), r.config(),
                r.seed(), r.status(), r.message(), r.history(), r.bestEpoch(), r.bestValue(), r.testMetrics(),
                r.parameterCount(), r.wallMillis(), r.source(), r.classificationReports(), r.engine(), r.dataset(),
                r.forecast());
    }
}

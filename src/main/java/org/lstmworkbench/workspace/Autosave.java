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
 * The window's autosave file across sessions. The file is the crash copy of the last session that
 * wrote it; a marker file beside it ({@link #marker()}) exists from that session's first write until
 * it closes normally ({@link #close()}). A session reads the file once, before its first write
 * replaces it:
 * <ul>
 * <li>marker present (the last session crashed, or ended before its last snapshot was written): the
 * file's runs are earlier runs, kept in every write of this session beside its own (an id or group
 * that clashes with one of this session's gets a suffix), each once: an earlier run the window
 * already holds (the same seed, configuration and history, e.g. from a workspace opened since) is
 * not added again, and none is added once the autosave itself was opened ({@link #recovered()});</li>
 * <li>no marker (the last session closed normally, its runs were on screen to save): nothing is
 * carried, and the file is moved to {@link #previous()} rather than lost, so runs never travel
 * from session to session for ever.</li>
 * </ul>
 * Snapshots are numbered when taken ({@link #issue()}) and written in that order: one that arrives
 * after a newer one was written is dropped, so an older snapshot never replaces a newer one whatever
 * thread writes it.
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

    /** The marker that exists while a session that wrote the autosave has not closed normally. */
    public Path marker() {
        return file.resolveSibling(file.getFileName() + ".open");
    }

    /** Where the autosave of a session that closed normally goes when the next session first writes. */
    public Path previous() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling(dot < 0 ? name + ".previous" : name.substring(0, dot) + ".previous"
                + name.substring(dot));
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
        if (written == 0) {
            markOpen();
        }
        WorkspaceStore.save(file, merged(snapshot));
        written = number;
        return note;
    }

    /**
     * The window closes normally: the marker goes, so the next session does not carry this one's runs.
     * Kept when this session wrote nothing (the marker may be a crashed session's whose runs are still
     * only in the file) or when a snapshot taken was never written (it may be cut off by the close).
     *
     * @throws WorkbenchException when the marker cannot be removed
     */
    public synchronized void close() {
        if (written == 0 || written != issued.get()) {
            return;
        }
        try {
            Files.deleteIfExists(marker());
        } catch (java.io.IOException e) {
            throw new WorkbenchException(marker() + ": cannot remove the autosave's session marker ("
                    + e.getMessage() + ")", e);
        }
    }

    private void markOpen() {
        try {
            Files.writeString(marker(), "pid " + ProcessHandle.current().pid() + System.lineSeparator());
        } catch (java.io.IOException e) {
            throw new WorkbenchException(marker() + ": cannot write the autosave's session marker ("
                    + e.getMessage() + ")", e);
        }
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
        if (!Files.exists(marker())) {
            return keepPrevious();
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

    /** The last session closed normally: its file is moved aside whole, nothing of it is carried. */
    private String keepPrevious() {
        try {
            Files.move(file, previous(), StandardCopyOption.REPLACE_EXISTING);
            return "";
        } catch (java.io.IOException e) {
            throw new WorkbenchException(file + ": cannot keep the last session's autosave as " + previous() + " ("
                    + e.getMessage() + ")", e);
        }
    }

    private Workspace merged(Workspace snapshot) {
        // an earlier run the window already holds (opened since from a workspace) is not added twice
        List<SavedRun> missing = earlierRuns.stream()
                .filter(e -> snapshot.runs().stream().noneMatch(r -> sameRun(e, r))).toList();
        if (missing.isEmpty()) {
            return snapshot;
        }
        Set<String> used = new HashSet<>();
        missing.forEach(r -> used.add(r.dataset()));
        Set<String> datasetIds = new HashSet<>();
        snapshot.datasets().forEach(d -> datasetIds.add(d.id()));
        Map<String, String> datasetRename = new HashMap<>();
        List<RunDataset> datasets = new ArrayList<>(snapshot.datasets());
        for (RunDataset d : earlierDatasets) {
            if (used.contains(d.id())) {
                String id = free(d.id(), datasetIds);
                datasetRename.put(d.id(), id);
                datasets.add(d.withId(id));
            }
        }
        Set<String> runIds = new HashSet<>();
        Set<String> groups = new HashSet<>();
        snapshot.runs().forEach(r -> {
            runIds.add(r.id());
            groups.add(r.group());
        });
        List<SavedRun> runs = new ArrayList<>(snapshot.runs());
        for (SavedRun r : missing) {
            String data = r.dataset() == null ? null : datasetRename.getOrDefault(r.dataset(), r.dataset());
            // a group name of this session would join the earlier runs to its group
            String group = r.group() != null && groups.contains(r.group()) ? r.group() + "-earlier" : r.group();
            runs.add(renamed(r, free(r.id(), runIds), group).withDataset(data));
        }
        return Workspace.of(snapshot.task(), snapshot.dataset(), snapshot.sequences(), snapshot.config(), runs,
                datasets);
    }

    /** One run whatever its id, name, group or colour: the same seed, configuration and history. */
    private static boolean sameRun(SavedRun a, SavedRun b) {
        return a.seed() == b.seed() && a.status() == b.status() && a.config().equals(b.config())
                && a.history().equals(b.history());
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

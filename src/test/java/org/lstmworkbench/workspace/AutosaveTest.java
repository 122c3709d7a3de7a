package org.lstmworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.RunStatus;

/**
 * The autosave keeps a crashed session's runs (once each) past the next session's first write, stops
 * carrying them after a session that closed normally, and writes in order.
 */
class AutosaveTest {

    @TempDir
    Path dir;

    private static SavedRun run(String id, String group, double loss) {
        return new SavedRun(id, "run " + id, group, 0, true, ModelConfig.builder().units(4).epochs(1).build(), 1,
                RunStatus.DONE, "", List.of(EpochMetrics.regression(1, loss, loss, 0.1, 0.2, 0.001, 10)), 1, loss,
                Double.NaN, 100, 10, null);
    }

    private static Workspace of(SavedRun... runs) {
        return Workspace.of(DemoDatasets.recommendedSpec("seasonal"), ModelConfig.defaults(), List.of(runs));
    }

    @Test
    void earlierRunsSurviveTheNextSessionsWritesAndOlderSnapshotsNeverWin() throws Exception {
        Path file = dir.resolve("autosave-workspace.json");
        // the crashed session left two runs, and its marker
        WorkspaceStore.save(file, of(run("r1", "g1", 0.5), run("r2", null, 0.4)));
        Autosave next = new Autosave(file);
        Files.writeString(next.marker(), "pid 1");

        long first = next.issue();
        long second = next.issue();
        assertThat(next.write(second, of(run("r1", "g1", 0.3), run("r2", null, 0.2)))).isEmpty();
        // the older snapshot arrives last (another thread): dropped
        assertThat(next.write(first, of(run("r1", "g1", 0.3)))).isEmpty();

        List<SavedRun> runs = WorkspaceStore.load(file).runs();
        assertThat(runs).extracting(SavedRun::id).containsExactly("r1", "r2", "r1-earlier", "r2-earlier");
        assertThat(runs).extracting(SavedRun::bestValue).containsExactly(0.3, 0.2, 0.5, 0.4);
        assertThat(runs).extracting(SavedRun::group).containsExactly("g1", null, "g1-earlier", null);

        // once the file was opened in the window its runs are the window's: not added twice
        next.recovered();
        next.write(next.issue(), of(run("r1", "g1", 0.3)));
        assertThat(WorkspaceStore.load(file).runs()).extracting(SavedRun::id).containsExactly("r1");
    }

    @Test
    void anEarlierFileThatDoesNotLoadIsKeptAside() throws Exception {
        Path file = dir.resolve("autosave-workspace.json");
        Files.writeString(file, "{\"version\": 4, \"runs\": [");
        Autosave next = new Autosave(file);
        Files.writeString(next.marker(), "pid 1");
        String note = next.write(next.issue(), of(run("r1", null, 0.3)));
        assertThat(note).startsWith("The earlier autosave did not load (").contains("kept as ");
        try (var files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().contains(".unreadable-")).findFirst().orElseThrow();
            assertThat(Files.readString(aside)).isEqualTo("{\"version\": 4, \"runs\": [");
        }
        assertThat(WorkspaceStore.load(file).runs()).hasSize(1);
    }

    @Test
    void aCrashedSessionsRunsAreCarriedOnceAndNotPastASessionThatClosedNormally() throws Exception {
        Path file = dir.resolve("autosave-workspace.json");
        Autosave crashed = new Autosave(file);
        crashed.write(crashed.issue(), of(run("r1", null, 0.5)));
        assertThat(crashed.marker()).exists();
        // kill -9: no close()

        Autosave second = new Autosave(file);
        second.write(second.issue(), of(run("r1", null, 0.3)));
        second.write(second.issue(), of(run("r1", null, 0.3), run("r2", null, 0.2)));
        assertThat(WorkspaceStore.load(file).runs()).extracting(SavedRun::bestValue).containsExactly(0.3, 0.2, 0.5);
        second.close();
        assertThat(second.marker()).doesNotExist();

        // the next session carries nothing: the runs were on screen to save; the file is kept whole aside
        Autosave third = new Autosave(file);
        third.write(third.issue(), of(run("r1", null, 0.1)));
        assertThat(WorkspaceStore.load(file).runs()).extracting(SavedRun::bestValue).containsExactly(0.1);
        assertThat(WorkspaceStore.load(third.previous()).runs()).extracting(SavedRun::bestValue)
                .containsExactly(0.3, 0.2, 0.5);
        assertThat(third.previous().getFileName().toString()).isEqualTo("autosave-workspace.previous.json");
        assertThat(third.marker()).exists();
    }

    @Test
    void anEarlierRunTheWindowAlreadyHoldsIsNotAddedAgain() throws Exception {
        Path file = dir.resolve("autosave-workspace.json");
        Autosave crashed = new Autosave(file);
        crashed.write(crashed.issue(), of(run("r1", "g1", 0.5), run("r2", null, 0.4)));

        // the user opened a saved workspace holding the first of them (another id and group there)
        Autosave next = new Autosave(file);
        next.write(next.issue(), of(run("r7", "saved", 0.5), run("r8", null, 0.1)));

        List<SavedRun> runs = WorkspaceStore.load(file).runs();
        assertThat(runs).extracting(SavedRun::id).containsExactly("r7", "r8", "r2");
        assertThat(runs).extracting(SavedRun::bestValue).containsExactly(0.5, 0.1, 0.4);
    }

    @Test
    void aSessionThatWroteNothingOrLostItsLastSnapshotKeepsTheMarker() throws Exception {
        Path file = dir.resolve("autosave-workspace.json");
        Autosave crashed = new Autosave(file);
        crashed.write(crashed.issue(), of(run("r1", null, 0.5)));

        // a session that trained nothing closes: the crashed one's runs are still only in the file
        new Autosave(file).close();
        assertThat(crashed.marker()).exists();

        // a snapshot taken but never written (cut off by the close) keeps it too
        Autosave cut = new Autosave(file);
        cut.write(cut.issue(), of(run("r2", null, 0.2)));
        cut.issue();
        cut.close();
        assertThat(cut.marker()).exists();

        Autosave next = new Autosave(file);
        next.write(next.issue(), of(run("r3", null, 0.1)));
        assertThat(WorkspaceStore.load(file).runs()).extracting(SavedRun::bestValue).containsExactly(0.1, 0.2, 0.5);
    }
}

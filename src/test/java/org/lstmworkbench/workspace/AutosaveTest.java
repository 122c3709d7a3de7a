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

/** The autosave keeps an earlier session's runs past this session's first write, and writes in order. */
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
        // the crashed session left two runs
        WorkspaceStore.save(file, of(run("r1", "g1", 0.5), run("r2", null, 0.4)));

        Autosave next = new Autosave(file);
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
        String note = next.write(next.issue(), of(run("r1", null, 0.3)));
        assertThat(note).startsWith("The earlier autosave did not load (").contains("kept as ");
        try (var files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().contains(".unreadable-")).findFirst().orElseThrow();
            assertThat(Files.readString(aside)).isEqualTo("{\"version\": 4, \"runs\": [");
        }
        assertThat(WorkspaceStore.load(file).runs()).hasSize(1);
    }
}

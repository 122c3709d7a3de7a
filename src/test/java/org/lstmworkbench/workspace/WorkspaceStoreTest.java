package org.lstmworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.RunStatus;

class WorkspaceStoreTest {

    @TempDir
    Path dir;

    private static Workspace sample() {
        List<EpochMetrics> h1 = List.of(EpochMetrics.regression(1, 0.5, 0.7, 0.1, 0.2, 0.001, 10),
                EpochMetrics.regression(2, 0.4, 0.6, 0.09, 0.19, 0.001, 20));
        List<EpochMetrics> h2 = List.of(EpochMetrics.regression(1, 0.3, Double.NaN, 0.05, Double.NaN, 0.01, 5));
        SavedRun a = new SavedRun("r1", "run 1", "g1", 0, true, ModelConfig.builder().units(10).epochs(2).build(), 11,
                RunStatus.DONE, "", h1, 2, 0.6, Double.NaN, 491, 25, null);
        SavedRun b = new SavedRun("r2", "run 2", null, 1, false, ModelConfig.builder().units(50, 50).build(), 12,
                RunStatus.CANCELLED, "stopped by the user during epoch 2; 1 epochs kept", h2, 1, 0.3, 4.5, 30651, 6, "keras.csv");
        return Workspace.of(DemoDatasets.recommendedSpec("seasonal"), ModelConfig.defaults(), List.of(a, b));
    }

    @Test
    void roundTripsEveryRunWithItsHistoryIncludingNaN() {
        Path file = dir.resolve("ws.json");
        Workspace w = sample();
        WorkspaceStore.save(file, w);
        Workspace back = WorkspaceStore.load(file);

        assertThat(back.dataset()).isEqualTo(w.dataset());
        assertThat(back.config()).isEqualTo(w.config());
        assertThat(back.runs()).hasSize(2);
        assertThat(back.runs().get(0)).isEqualTo(w.runs().get(0));
        SavedRun b = back.runs().get(1);
        assertThat(b.history().get(0).valLoss()).isNaN();
        assertThat(b.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(b.testRmse()).isEqualTo(4.5);
        assertThat(b.visible()).isFalse();
        assertThat(b.source()).isEqualTo("keras.csv");
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("ws.json");
        Files.writeString(file, "old");
        WorkspaceStore.save(file, sample());
        assertThat(WorkspaceStore.load(file).runs()).hasSize(2);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ws.json");
        }
    }

    @Test
    void namesATruncatedFile() throws Exception {
        Path file = dir.resolve("ws.json");
        WorkspaceStore.save(file, sample());
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() / 2));
        assertThatThrownBy(() -> WorkspaceStore.load(file))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageStartingWith(file + ": the workspace file is truncated at line");
    }

    @Test
    void namesAnInvalidOrEmptyOrMissingFile() throws Exception {
        Path file = dir.resolve("ws.json");
        Files.writeString(file, "{\"version\": 1, \"runz\": []}");
        assertThatThrownBy(() -> WorkspaceStore.load(file)).hasMessageContaining("not a valid workspace file")
                .hasMessageContaining("runz");
        Files.writeString(file, "{\"version\": 1, \"runs\": [}\n");
        assertThatThrownBy(() -> WorkspaceStore.load(file)).hasMessageContaining("not a valid workspace file")
                .hasMessageNotContaining("truncated");
        Files.writeString(file, "  ");
        assertThatThrownBy(() -> WorkspaceStore.load(file)).hasMessage(file + ": the workspace file is empty");
        Files.writeString(file, "{\"version\": 9}");
        assertThatThrownBy(() -> WorkspaceStore.load(file)).hasMessageContaining("version 9 is not supported");
        Path missing = dir.resolve("none.json");
        assertThatThrownBy(() -> WorkspaceStore.load(missing)).hasMessage(missing + ": no such workspace file");
    }
}

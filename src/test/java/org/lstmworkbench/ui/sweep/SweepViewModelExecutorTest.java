package org.lstmworkbench.ui.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.ui.common.RecordingTaskExecutor;

/** The Sweep panel hands its file work (the data of every point, the folder, exports) to the executor. */
class SweepViewModelExecutorTest {

    @TempDir
    Path root;

    private final RecordingTaskExecutor executor = new RecordingTaskExecutor();

    private SweepViewModel viewModel() {
        SweepViewModel vm = new SweepViewModel(executor, () -> DemoDatasets.recommendedSpec("seed-sequence"),
                () -> ModelConfig.builder().batchSize(5).epochs(10).build(), (label, runs) -> { }, root);
        vm.settings().parametersProperty().set("units=1,3");
        vm.settings().repeatsProperty().set(2);
        vm.settings().baseSeedProperty().set(1);
        vm.settings().threadsProperty().set(1);
        return vm;
    }

    private static long entries(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void startWritesTheSweepFolderOnTheExecutorNotTheCallingThread() throws Exception {
        SweepViewModel vm = viewModel();

        vm.startCommand().execute();

        assertThat(executor.pending()).isEqualTo(1);
        assertThat(entries(root)).as("no folder written on the calling thread").isZero();
        assertThat(vm.runningProperty().get()).isTrue();
        assertThat(vm.startCommand().isExecutable()).isFalse();
        executor.runAll();
        assertThat(vm.statusProperty().get()).startsWith("Done: 4 runs");
        assertThat(entries(root)).isEqualTo(1);
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void stopWhilePreparingTrainsNothing() {
        SweepViewModel vm = viewModel();
        vm.startCommand().execute();

        vm.stopCommand().execute();
        executor.runAll();

        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("Stopped before the first run");
        assertThat(vm.records()).isEmpty();
    }

    @Test
    void resumeReadsTheFolderInTheBackgroundAndAMissingOneIsTheUsersError() {
        SweepViewModel vm = viewModel();

        vm.resume(root.resolve("not-a-sweep"));

        assertThat(executor.pending()).isEqualTo(1);
        assertThat(vm.errorProperty().get()).isEmpty();
        executor.runAll();
        assertThat(vm.errorProperty().get()).contains("not-a-sweep");
        assertThat(vm.failureProperty().get()).isNull();
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void exportsAreTakenNowAndWrittenInTheBackground() throws Exception {
        SweepViewModel vm = viewModel();
        vm.startCommand().execute();
        executor.runAll();
        Path csv = root.resolve("summary.csv");
        Path png = root.resolve("box.png");
        List<String> userErrors = new ArrayList<>();

        vm.export(csv, p -> SweepExports.tableFile(vm.tables(), p), userErrors::add);
        vm.export(png, p -> SweepExports.boxPlotFile(vm.tables(), p), userErrors::add);
        vm.export(root.resolve("conv.png"), p -> SweepExports.convergenceFile(vm.tables(), p), userErrors::add);

        assertThat(executor.pending()).isEqualTo(2);
        assertThat(csv).doesNotExist();
        assertThat(userErrors).singleElement().asString().contains("select a point");
        executor.runAll();
        assertThat(Files.readAllLines(csv)).hasSize(3);
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo(SweepExports.WIDTH);
    }
}

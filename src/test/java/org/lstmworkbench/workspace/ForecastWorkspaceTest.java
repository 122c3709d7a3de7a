package org.lstmworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.forecast.PartForecast;
import org.lstmworkbench.forecast.RunForecast;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.RunStatus;

/** A run's forecast is kept in the workspace file; files without one still open. */
class ForecastWorkspaceTest {

    @TempDir
    Path dir;

    private static SavedRun run(RunForecast forecast) {
        return new SavedRun("r1", "run 1", null, 0, true, ModelConfig.builder().units(4).epochs(1).build(), 3,
                RunStatus.DONE, "", List.of(EpochMetrics.regression(1, 0.5, 0.7, 0.1, 0.2, 0.001, 10)), 1, 0.7,
                1.5, 101, 12, null).withForecast(forecast);
    }

    static RunForecast forecast() {
        PartForecast train = new PartForecast(RunForecast.TRAIN, new int[] {1, 2, 3},
                new double[][] {{2, 4}, {4, 7}, {7, 11}}, new double[][] {{2.5, 4.5}, {3.5, 6}, {7, Double.NaN}},
                new double[][] {{1, 1}, {2, 2}, {4, 4}});
        PartForecast test = new PartForecast(RunForecast.TEST, new int[] {6}, new double[][] {{22, 29}},
                new double[][] {{20, 30}}, new double[][] {{16, 16}});
        return new RunForecast("v", 2, false, 1, List.of("b", "c", "d", "e", "f", "g", "h"), List.of(train, test));
    }

    @Test
    void theForecastComesBackValueForValue() {
        Path file = dir.resolve("ws.json");
        WorkspaceStore.save(file, Workspace.of(DemoDatasets.recommendedSpec("seasonal"), ModelConfig.defaults(),
                List.of(run(forecast()))));
        SavedRun back = WorkspaceStore.load(file).runs().get(0);
        assertThat(back.forecast()).isEqualTo(forecast());
        assertThat(back).isEqualTo(run(forecast()));
        assertThat(back.forecast().label(6)).isEqualTo("g");
        assertThat(back.forecast().part(RunForecast.TRAIN).orElseThrow().predicted()[2][1]).isNaN();
        assertThat(back.forecast().errors(RunForecast.TEST, 1).orElseThrow().rmse()).isEqualTo(1.0);
    }

    @Test
    void aRunWithoutForecastWritesNoFieldAndReadsBackWithout() throws Exception {
        Path file = dir.resolve("ws.json");
        WorkspaceStore.save(file, Workspace.of(null, ModelConfig.defaults(), List.of(run(null))));
        assertThat(Files.readString(file)).doesNotContain("forecast");
        assertThat(WorkspaceStore.load(file).runs().get(0).forecast()).isNull();
    }

    @Test
    void olderWorkspaceFilesOpenWithoutForecasts() {
        for (String version : List.of("v1", "v2")) {
            Workspace w = WorkspaceStore.load(Path.of("src/test/resources/formats", version, "workspace.json"));
            assertThat(w.runs()).as(version).isNotEmpty();
            assertThat(w.runs()).as(version).allSatisfy(r -> assertThat(r.forecast()).isNull());
        }
    }
}

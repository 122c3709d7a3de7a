package org.lstmworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.data.Baselines;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.data.sequence.SequenceSpec;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.ClassificationTask;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.RunStatus;

/**
 * Version 4 keeps each run's dataset: a list of datasets (settings and baselines) the runs refer
 * to by id; the version-3 sample (one dataset per task) opens with its runs referring to them.
 */
class RunDatasetsWorkspaceTest {

    @TempDir
    Path dir;

    private static Path v3() throws Exception {
        return Path.of(RunDatasetsWorkspaceTest.class.getResource("/formats/v3/workspace.json").toURI());
    }

    private static SavedRun run(String id, String datasetId, double valLoss) {
        ModelConfig c = ModelConfig.builder().units(4).epochs(1).seed(5).build();
        return new SavedRun(id, "run " + id, null, 0, true, c, 5, RunStatus.DONE, "done",
                List.of(EpochMetrics.regression(1, 0.5, valLoss, 0.1, 0.2, 0.001, 10)), 1, valLoss,
                Map.of(Metric.TEST_RMSE.id(), 0.3), 100, 10, null).withDataset(datasetId);
    }

    @Test
    void theVersion3SampleOpensWithEachRunReferringToTheDataOfItsTask() throws Exception {
        Workspace w = WorkspaceStore.load(v3());

        assertThat(w.version()).isEqualTo(4);
        assertThat(w.task()).isEqualTo(Workspace.Kind.CLASSIFICATION);
        assertThat(w.datasets()).extracting(RunDataset::id).containsExactly("d1", "d2");
        RunDataset regression = w.datasets().get(0);
        assertThat(regression.name()).isEqualTo("demo:seasonal");
        assertThat(regression.dataset()).isEqualTo(w.dataset()).isEqualTo(DemoDatasets.recommendedSpec("seasonal"));
        assertThat(regression.baselines()).as("computed when the window opens it").isNull();
        RunDataset sequences = w.datasets().get(1);
        assertThat(sequences.name()).isEqualTo("steps.csv");
        assertThat(sequences.sequences()).isEqualTo(w.sequences());
        assertThat(sequences.sequences().labelColumn()).isEqualTo("activity");

        assertThat(w.runs()).extracting(SavedRun::id).containsExactly("r1", "r2", "r4");
        assertThat(w.runs()).extracting(SavedRun::dataset).containsExactly("d1", null, "d2");
        assertThat(w.datasetOf(w.runs().get(0))).contains(regression);
        assertThat(w.datasetOf(w.runs().get(1))).as("the imported curve").isEmpty();
        assertThat(w.runs().get(2).config().task()).isInstanceOf(ClassificationTask.class);
        assertThat(w.runs().get(0).testRmse()).isEqualTo(0.25);
        assertThat(w.runs().get(1).source()).isEqualTo("training.log.csv");
    }

    @Test
    void aWorkspaceWithRunsOfTwoDatasetsReadsBackEqualWithTheirOwnBaselines() throws Exception {
        RunDataset seasonal = new RunDataset("d1", "demo:seasonal", DemoDatasets.recommendedSpec("seasonal"), null,
                new Baselines(0.011, 42.5, 0.093, 390.25));
        RunDataset sine = new RunDataset("d2", "demo:sine", DemoDatasets.recommendedSpec("sine"), null,
                new Baselines(0.002, 0.004, 0.31, Double.NaN));
        RunDataset steps = new RunDataset("d3", null, null, SequenceSpec.builder("/data/har/steps.csv").build(),
                new Baselines(Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        Workspace w = Workspace.of(Workspace.Kind.REGRESSION, sine.dataset(), null, ModelConfig.defaults(),
                List.of(run("r1", "d1", 0.2), run("r2", "d2", 0.1), run("r3", "d1", 0.15), run("r4", null, 0.4),
                        run("r5", "d3", 0.9)),
                List.of(seasonal, sine, steps));
        Path file = dir.resolve("ws.json");
        WorkspaceStore.save(file, w);

        String text = Files.readString(file);
        assertThat(text).contains("\"version\" : 4").contains("\"datasets\" : [").contains("\"dataset\" : \"d2\"")
                .contains("\"meanMse\" : 0.093").contains("\"meanMseOriginal\" : \"NaN\"");
        Workspace back = WorkspaceStore.load(file);
        assertThat(back).isEqualTo(w);
        assertThat(back.datasets()).hasSize(3);
        assertThat(back.datasetOf(back.runs().get(2)).orElseThrow().baselines().meanMse()).isEqualTo(0.093);
        assertThat(back.datasetOf(back.runs().get(1)).orElseThrow().baselines().meanMse()).isEqualTo(0.31);
        assertThat(back.datasetOf(back.runs().get(3))).isEmpty();
        assertThat(back.datasets().get(2).name()).isEqualTo("steps.csv");
        assertThat(back.datasets().get(2).sequences().source()).isEqualTo("/data/har/steps.csv");
    }

    @Test
    void aRunMayCarryAnOptionalFieldThisBuildDoesNotKnow() throws Exception {
        Path file = dir.resolve("ws.json");
        WorkspaceStore.save(file, Workspace.of(Workspace.Kind.REGRESSION, null, null, null,
                List.of(run("r1", null, 0.2)), List.of()));
        Files.writeString(file, Files.readString(file).replace("\"id\" : \"r1\",",
                "\"id\" : \"r1\",\n    \"notes\" : { \"written by\" : [ \"a later build\" ] },"));

        Workspace back = WorkspaceStore.load(file);
        assertThat(back.runs()).singleElement().satisfies(r -> assertThat(r.bestValue()).isEqualTo(0.2));
    }

    @Test
    void theCatalogListsEachDatasetOnceAndKeepsRestoredIds() {
        DatasetCatalog catalog = new DatasetCatalog();
        RunDataset a = new RunDataset("", "a.csv", DemoDatasets.recommendedSpec("sine"), null,
                new Baselines(1, 2, 3, 4));
        RunDataset b = new RunDataset("", null, DemoDatasets.recommendedSpec("sine").toBuilder().lags(3).build(),
                null, new Baselines(5, 6, 7, 8));

        assertThat(catalog.refer(a).id()).isEqualTo("d1");
        assertThat(catalog.refer(b).id()).as("other settings are other data").isEqualTo("d2");
        assertThat(catalog.refer(a.withId("x")).id()).isEqualTo("d1");
        assertThat(catalog.refer(null)).isNull();
        assertThat(catalog.used(java.util.Set.of("d2"))).extracting(RunDataset::id).containsExactly("d2");

        catalog.restore(List.of(a.withId("d7").withBaselines(null)));
        RunDataset again = catalog.refer(a);
        assertThat(again.id()).isEqualTo("d7");
        assertThat(again.baselines().meanMse()).as("a restored entry learns the baselines").isEqualTo(3);
        assertThat(catalog.refer(b).id()).isEqualTo("d8");
    }
}

package org.lstmworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.ClassificationTask;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.RunStatus;

/**
 * Workspaces saved by earlier releases (version 1, version 2) open; a saved one is version 4 and
 * reads back equal.
 */
class WorkspaceFormatsTest {

    @TempDir
    Path dir;

    private static Path v2() throws Exception {
        return Path.of(WorkspaceFormatsTest.class.getResource("/formats/v2/workspace.json").toURI());
    }

    private static Path v1() throws Exception {
        return Path.of(WorkspaceFormatsTest.class.getResource("/formats/v1/workspace.json").toURI());
    }

    @Test
    void aVersion1WorkspaceLoadsEveryRunAndEpoch() throws Exception {
        Workspace w = WorkspaceStore.load(v1());

        assertThat(w.version()).isEqualTo(Workspace.CURRENT_VERSION);
        assertThat(w.dataset().source()).isEqualTo("demo:seasonal");
        assertThat(w.runs()).hasSize(2);
        SavedRun a = w.runs().get(0);
        assertThat(a.name()).isEqualTo("run 1");
        assertThat(a.seed()).isEqualTo(11);
        assertThat(a.testRmse()).isEqualTo(0.25);
        assertThat(a.bestValLoss()).isEqualTo(0.6);
        assertThat(a.toResult().testRmse()).isEqualTo(0.25);
        assertThat(a.history()).containsExactly(EpochMetrics.regression(1, 0.5, 0.7, 0.1, 0.2, 0.001, 10),
                EpochMetrics.regression(2, 0.4, 0.6, 0.09, 0.19, 0.001, 20));
        SavedRun b = w.runs().get(1);
        assertThat(b.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(b.history().get(0).valLoss()).isNaN();
        assertThat(b.history().get(0).trainLoss()).isEqualTo(0.3);
        assertThat(b.testRmse()).isNaN();
        assertThat(b.source()).isEqualTo("keras.csv");
    }

    @Test
    void aSavedWorkspaceIsVersion3WithEpochsKeyedByMetricAndReadsBackEqual() throws Exception {
        Workspace w = WorkspaceStore.load(v1());
        Path file = dir.resolve("ws.json");
        WorkspaceStore.save(file, w);

        String text = Files.readString(file);
        assertThat(text).contains("\"version\" : 4").contains("\"train_loss\" : 0.5").doesNotContain("trainLoss")
                .contains("\"testMetrics\" : {\n      \"test_rmse\" : 0.25\n    }").contains("\"bestValue\" : 0.6");
        Workspace back = WorkspaceStore.load(file);
        assertThat(back.runs().get(0)).isEqualTo(w.runs().get(0));
        assertThat(back.runs().get(1).history().get(0).valLoss()).isNaN();
        assertThat(back.dataset()).isEqualTo(w.dataset());
        assertThat(back.config()).isEqualTo(w.config());
    }

    @Test
    void aVersion2WorkspaceOpensAsARegressionWorkspaceWithItsRunsAndAccuracyEpochs() throws Exception {
        Workspace w = WorkspaceStore.load(v2());

        assertThat(w.version()).isEqualTo(Workspace.CURRENT_VERSION);
        assertThat(w.task()).isEqualTo(Workspace.Kind.REGRESSION);
        assertThat(w.sequences()).isNull();
        assertThat(w.dataset().source()).isEqualTo("demo:seasonal");
        assertThat(w.runs()).hasSize(2);
        SavedRun regression = w.runs().get(0);
        assertThat(regression.testRmse()).isEqualTo(0.25);
        assertThat(regression.history()).containsExactly(EpochMetrics.regression(1, 0.5, 0.7, 0.1, 0.2, 0.001, 10),
                EpochMetrics.regression(2, 0.4, 0.6, 0.09, 0.19, 0.001, 20));
        assertThat(regression.classificationReports()).isEmpty();
        SavedRun classifier = w.runs().get(1);
        assertThat(classifier.config().task()).isInstanceOf(ClassificationTask.class);
        assertThat(((ClassificationTask) classifier.config().task()).classes().names())
                .containsExactly("falling", "rising");
        assertThat(classifier.history().get(1).value(Metric.VAL_ACCURACY)).isEqualTo(0.5);
        assertThat(classifier.history().get(1).value(Metric.TRAIN_ACCURACY)).isEqualTo(0.75);
        assertThat(classifier.classificationReports()).isEmpty();
        assertThat(classifier.toResult().classificationReport(RunResult.VALIDATION)).isEmpty();
    }

    @Test
    void aVersion2WorkspaceSavedAgainIsVersion3AndKeepsEveryRun() throws Exception {
        Workspace w = WorkspaceStore.load(v2());
        Path file = dir.resolve("ws.json");
        WorkspaceStore.save(file, w);

        assertThat(Files.readString(file)).contains("\"version\" : 4").contains("\"task\" : \"regression\"");
        Workspace back = WorkspaceStore.load(file);
        assertThat(back.runs()).isEqualTo(w.runs());
        assertThat(back.dataset()).isEqualTo(w.dataset());
        assertThat(back.config()).isEqualTo(w.config());
    }
}

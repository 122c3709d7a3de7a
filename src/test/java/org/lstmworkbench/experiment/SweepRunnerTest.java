package org.lstmworkbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.CancellationToken;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.PerRunTrainer;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.Trainer;
import org.lstmworkbench.training.TrainingDataFactory;

/** Real (tiny) sweeps on the seed's toy sequence. */
class SweepRunnerTest {

    @TempDir
    Path dir;

    static Experiment toy(int epochs, int repeats, String units) {
        return new Experiment(DemoDatasets.recommendedSpec("seed-sequence"),
                ModelConfig.builder().batchSize(5).epochs(epochs).build(),
                SweepSpec.grid(List.of(SweepParam.parse("units=" + units))), repeats, 1);
    }

    @Test
    void oneCellEndsWithAHigherMeanValidationLossThanTenCells() {
        // 250 epochs: the seed's ordering (1 > 10) is still forming at 100-150 epochs (means 1.2-2x
        // apart across base seeds) and clear here (3-6x apart for base seeds 1, 4, 5, 6).
        Experiment e = toy(250, 3, "1,10");
        List<SweepProgress> progress = new CopyOnWriteArrayList<>();
        List<RunRecord> finished = new CopyOnWriteArrayList<>();
        SweepRunner runner = new SweepRunner(e, new PerRunTrainer(), 2).addListener(new SweepListener() {
            @Override
            public void runFinished(RunRecord record) {
                finished.add(record);
            }

            @Override
            public void progress(SweepProgress p) {
                progress.add(p);
            }
        });

        SweepResult r = runner.run(null, new CancellationToken());

        assertThat(r.complete()).isTrue();
        double one = r.describe(SweepMetric.VAL_LOSS).get("1").mean();
        double ten = r.describe(SweepMetric.VAL_LOSS).get("10").mean();
        assertThat(one).isGreaterThan(ten);
        assertThat(r.best(SweepMetric.VAL_LOSS).orElseThrow().best().label()).isEqualTo("10");
        assertThat(finished).hasSize(6).allSatisfy(rec -> assertThat(rec.history()).hasSize(250));
        assertThat(progress).extracting(SweepProgress::done).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(progress.get(0).etaMillis()).isEqualTo(-1);
        assertThat(progress.get(6).etaMillis()).isZero();
        assertThat(progress.get(3).etaMillis()).isPositive();
    }

    @Test
    void aRunReRunAloneGivesTheSameCurveAsItsTwinInAParallelSweep() {
        Experiment e = toy(30, 2, "1,10");
        SweepResult r = new SweepRunner(e, new PerRunTrainer(), 2).run(null, new CancellationToken());
        RunSpec spec = e.runs().get(3);
        RunRecord twin = r.runs().stream().filter(x -> x.id().equals(spec.id())).findFirst().orElseThrow();

        RunResult alone = new Trainer(spec.config().toBuilder().seed(twin.seed()).build(),
                TrainingDataFactory.from(DataPipeline.prepare(spec.data()))).run(m -> { }, new CancellationToken());

        assertThat(twin.seed()).isEqualTo(RunSeeds.derive(1, spec.point(), 1));
        assertThat(alone.valLosses()).containsExactly(twin.valLosses());
        assertThat(alone.trainLosses()).containsExactly(twin.trainLosses());
        assertThat(r.runs().get(2).valLosses()).as("another repeat differs").isNotEqualTo(twin.valLosses());
    }

    @Test
    void resumeAfterAKillMidLineRunsOnlyTheMissingRunsAndGivesIdenticalTables() throws Exception {
        Experiment e = toy(30, 2, "1,10");
        SweepResult whole = new SweepRunner(e, new PerRunTrainer(), 2)
                .run(SweepStore.open(dir.resolve("whole"), e, false), new CancellationToken());
        Path killed = dir.resolve("killed");
        try (SweepStore first = SweepStore.open(killed, e, false)) {
            new SweepRunner(e, new PerRunTrainer(), 1).run(first, new CancellationToken());
        }
        Path results = killed.resolve(SweepStore.RESULTS);
        List<String> lines = Files.readAllLines(results);
        String cut = lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2).substring(0, lines.get(2).length() / 2);
        Files.writeString(results, cut, StandardCharsets.UTF_8);

        SweepStore reopened = SweepStore.open(killed, e, true);
        assertThat(reopened.loaded()).hasSize(1);
        List<String> trained = new CopyOnWriteArrayList<>();
        SweepResult resumed = new SweepRunner(e, new PerRunTrainer(), 2)
                .addListener(new SweepListener() {
                    @Override
                    public void runStarted(RunSpec run) {
                        trained.add(run.id());
                    }
                })
                .run(reopened, new CancellationToken());
        reopened.close();

        assertThat(trained).hasSize(3).doesNotContain(reopened.loaded().get(0).id());
        assertThat(resumed.complete()).isTrue();
        for (SweepMetric m : SweepMetric.values()) {
            assertThat(resumed.describeTable(m)).isEqualTo(whole.describeTable(m));
        }
        assertThat(byId(resumed)).isEqualTo(byId(whole));
        List<String> after = Files.readAllLines(results);
        assertThat(after).hasSize(5);
        assertThat(SweepStore.open(killed, e, true).loaded()).hasSize(4);
    }

    @Test
    void cancellingStopsTheSweepAndTheStoreKeepsOnlyFinishedRuns() {
        Experiment e = toy(30, 3, "1,10");
        CancellationToken cancel = new CancellationToken();
        SweepStore first = SweepStore.open(dir, e, false);
        SweepResult partial = new SweepRunner(e, new PerRunTrainer(), 1).addListener(new SweepListener() {
            @Override
            public void epoch(RunSpec run, EpochMetrics m) {
                if (run.repeat() == 1 && m.epoch() == 10) {
                    cancel.cancel();
                }
            }
        }).run(first, cancel);
        first.close();

        assertThat(partial.complete()).isFalse();
        assertThat(partial.runs()).hasSize(1);
        SweepStore reopened = SweepStore.resume(dir);
        assertThat(reopened.experiment()).as("read back from experiment.json").isEqualTo(e);
        SweepResult rest = new SweepRunner(reopened.experiment(), new PerRunTrainer(), 2).run(reopened,
                new CancellationToken());
        assertThat(rest.runs()).hasSize(6).allSatisfy(r -> assertThat(r.history()).hasSize(30));
    }

    @Test
    void refusesToOverwriteAFolderWithResultsOrToResumeADifferentExperiment() {
        Experiment e = toy(12, 1, "1");
        try (SweepStore first = SweepStore.open(dir, e, false)) {
            new SweepRunner(e, new PerRunTrainer(), 1).run(first, new CancellationToken());
        }

        assertThatThrownBy(() -> SweepStore.open(dir, e, false)).hasMessageContaining("already holds sweep results");
        assertThatThrownBy(() -> SweepStore.open(dir, toy(13, 1, "1"), true))
                .hasMessageContaining("holds a different experiment");
    }

    @Test
    void namesThePointWhoseConfigurationCannotTrainBeforeAnyRunStarts() {
        Experiment e = new Experiment(DemoDatasets.recommendedSpec("seed-sequence"),
                ModelConfig.builder().batchSize(5).epochs(5).build(),
                SweepSpec.grid(List.of(SweepParam.parse("batchSize=2,8"))), 1, 1);
        assertThatThrownBy(() -> new SweepRunner(e, new PerRunTrainer(), 1).run(null, new CancellationToken()))
                .hasMessageContaining("point batchSize=8").hasMessageContaining("batch size 8 is larger than the 5");
    }

    private static java.util.Map<String, List<Double>> byId(SweepResult r) {
        return r.runs().stream().collect(Collectors.toMap(RunRecord::id,
                x -> x.history().stream().map(EpochMetrics::valLoss).toList()));
    }

}

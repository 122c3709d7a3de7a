package org.lstmworkbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.data.TransformSpec;
import org.lstmworkbench.data.sequence.PartFractions;
import org.lstmworkbench.data.sequence.PreparedSequences;
import org.lstmworkbench.data.sequence.SequenceDataset;
import org.lstmworkbench.data.sequence.SequenceDemos;
import org.lstmworkbench.data.sequence.SequenceLength;
import org.lstmworkbench.data.sequence.SequenceSplitter;
import org.lstmworkbench.diagnosis.CurveInput;
import org.lstmworkbench.diagnosis.SanityChecks.Finding;
import org.lstmworkbench.diagnosis.SanityChecks.Severity;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.Task;
import org.lstmworkbench.training.CancellationToken;
import org.lstmworkbench.training.RunMetrics;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.Trainer;
import org.lstmworkbench.training.TrainingData;
import org.lstmworkbench.training.TrainingDataFactory;

/** Classification runs in sweeps, diagnosis and the sanity checklist. */
class ClassificationExperimentTest {

    private static PreparedSequences risingFalling() {
        SequenceDataset raw = SequenceDemos.risingFalling(SequenceDemos.DEFAULT_SEED);
        return PreparedSequences.prepare(raw, SequenceSplitter.stratified(raw, new PartFractions(0.7, 0.3, 0), 4),
                TransformSpec.Scaling.Z_SCORE, SequenceLength.VARIABLE);
    }

    private static ModelConfig base(PreparedSequences p) {
        return ModelConfig.builder().task(Task.classification(p.classes())).learningRate(0.02).batchSize(16)
                .epochs(12).shuffle(true).build();
    }

    @Test
    void aClassificationSweepOffersAccuracyAndRanksItsPointsHighestFirst() {
        PreparedSequences p = risingFalling();
        TrainingData data = TrainingDataFactory.from(p);
        // the experiment's data settings are the regression kind until sequence data settings exist there
        Experiment e = new Experiment(DemoDatasets.recommendedSpec("seed-sequence"), base(p),
                SweepSpec.grid(List.of(SweepParam.values("units", List.of("1", "8")))), 2, 3);
        assertThat(e.metrics()).extracting(SweepMetric::column).containsExactly("val_loss", "train_loss",
                "train_accuracy", "val_accuracy", "best_val_loss", "best_val_accuracy", "test_accuracy");
        SweepMetric valAccuracy = SweepMetric.valueOf(RunMetrics.of(e.base()), "val_accuracy");
        assertThat(valAccuracy.higherIsBetter()).isTrue();

        List<RunRecord> runs = new ArrayList<>();
        for (RunSpec run : e.runs()) {
            RunResult r = new Trainer(run.config(), data).run(m -> { }, new CancellationToken());
            runs.add(new RunRecord(run.point(), run.repeat(), run.seed(), r.status(), r.history().size(),
                    RunRecords.values(r), r.bestEpoch(), "", r.wallMillis(), r.history()));
            assertThat(RunRecords.values(r).get("best_val_accuracy")).isEqualTo(
                    Arrays.stream(r.curve(Metric.VAL_ACCURACY)).max().orElseThrow());
        }
        SweepResult result = new SweepResult(e, runs);
        double[] one = result.values(result.points().get(0), valAccuracy);
        double[] eight = result.values(result.points().get(1), valAccuracy);
        double meanOne = Arrays.stream(one).average().orElseThrow();
        double meanEight = Arrays.stream(eight).average().orElseThrow();
        assertThat(meanEight).isGreaterThan(meanOne);
        BestPoint best = result.best(valAccuracy).orElseThrow();
        assertThat(best.best().label()).isEqualTo("8");
        assertThat(best.runnerUp().label()).isEqualTo("1");
        // by validation loss the same point is best, lowest first
        assertThat(result.best(SweepMetric.valueOf(RunMetrics.of(e.base()), "val_loss")).orElseThrow().best().label())
                .isEqualTo("8");
    }

    @Test
    void theBestPointOfAccuracyIsTheHighestMeanEvenWhenItsLossIsNotTheLowest() {
        PreparedSequences p = risingFalling();
        Experiment e = new Experiment(DemoDatasets.recommendedSpec("seed-sequence"), base(p),
                SweepSpec.grid(List.of(SweepParam.values("units", List.of("2", "4", "6")))), 2, 3);
        double[][] accuracy = {{0.70, 0.72}, {0.95, 0.93}, {0.80, 0.82}};
        double[][] loss = {{0.50, 0.52}, {0.40, 0.42}, {0.30, 0.31}};
        List<RunRecord> runs = new ArrayList<>();
        List<SweepPoint> points = e.sweep().points();
        for (int i = 0; i < 3; i++) {
            for (int r = 0; r < 2; r++) {
                runs.add(new RunRecord(points.get(i), r, r, org.lstmworkbench.training.RunStatus.DONE, 10,
                        Map.of("val_loss", loss[i][r], "val_accuracy", accuracy[i][r]), 10, "good_fit", 1, List.of()));
            }
        }
        SweepResult result = new SweepResult(e, runs);
        RunMetrics measured = RunMetrics.of(e.base());
        assertThat(result.best(SweepMetric.valueOf(measured, "val_accuracy")).orElseThrow().best().label())
                .isEqualTo("4");
        assertThat(result.best(SweepMetric.valueOf(measured, "val_accuracy")).orElseThrow().runnerUp().label())
                .isEqualTo("6");
        assertThat(result.best(SweepMetric.valueOf(measured, "val_loss")).orElseThrow().best().label()).isEqualTo("6");
    }

    @Test
    void aClassifiersDiagnosisInputHasItsLossesAccuracyAndClasses() {
        PreparedSequences p = risingFalling();
        ModelConfig c = base(p).toBuilder().units(4).epochs(3)
                .earlyStopping(org.lstmworkbench.model.EarlyStopping.patience(5, 0).withMonitor("val_accuracy")).build();
        RunResult r = new Trainer(c, TrainingDataFactory.from(p)).run(m -> { }, new CancellationToken());
        CurveInput in = RunDiagnostics.inputOf(r, null, true).orElseThrow();

        assertThat(in.train()).containsExactly(r.curve(Metric.TRAIN_LOSS));
        assertThat(in.val()).containsExactly(r.curve(Metric.VAL_LOSS));
        assertThat(in.accuracy()).isPresent();
        assertThat(in.accuracy().get().train()).containsExactly(r.curve(Metric.TRAIN_ACCURACY));
        assertThat(in.accuracy().get().val()).containsExactly(r.curve(Metric.VAL_ACCURACY));
        assertThat(in.accuracy().get().classes().getAsInt()).isEqualTo(2);
        assertThat(in.accuracy().get().majorityShare().getAsDouble()).isEqualTo(0.5);
        CurveInput live = RunDiagnostics.liveInput(r.history(), c, null).orElseThrow();
        assertThat(live.train()).containsExactly(in.train());
        assertThat(live.accuracy().get().val()).containsExactly(in.accuracy().get().val());
        assertThat(RunDiagnostics.liveInput(List.of(), c, null)).isEmpty();
    }

    @Test
    void theClassifiersSanityChecklistComparesTheFirstLossWithLnK() {
        PreparedSequences p = risingFalling();
        List<Finding> f = SanityRun.check(base(p).toBuilder().units(8).build(), p, new CancellationToken());
        assertThat(f).extracting(Finding::check).containsExactly("parameters", "chance level", "tiny subset");
        Finding chance = f.get(1);
        assertThat(chance.message()).contains("vs ln 2 = 0.6931");
        assertThat(chance.severity()).isEqualTo(Severity.INFO);
        assertThat(f.get(2).severity()).isEqualTo(Severity.INFO);
        assertThat(f.get(2).message()).startsWith("8 samples");
    }
}

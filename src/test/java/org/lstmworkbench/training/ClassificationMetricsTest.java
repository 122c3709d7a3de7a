package org.lstmworkbench.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.data.sequence.PreparedSequences;
import org.lstmworkbench.data.sequence.Sequence;
import org.lstmworkbench.data.sequence.SequenceDataset;
import org.lstmworkbench.data.sequence.SequenceDemos;
import org.lstmworkbench.data.sequence.SequenceLength;
import org.lstmworkbench.data.sequence.SequencePadding;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.ClassificationTask;
import org.lstmworkbench.model.EarlyStopping;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkFactory;
import org.lstmworkbench.model.StoppingKind;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * A classifier's numbers: accuracy as a count by hand, the loss as DL4J scores it, the confusion
 * report as DL4J's {@code Evaluation} gives it, the chance level of an untrained model, padding
 * through the trainer's predictions, and early stopping on a maximised accuracy.
 */
class ClassificationMetricsTest {

    private static PreparedSequences risingFalling(long seed) {
        return ClassificationTrainingTest.prepared(SequenceDemos.risingFalling(seed), 0.6, 0.2, 0.2, seed);
    }

    /** An untrained network with its weights set to a fixed pattern, so every number below is reproducible by hand. */
    private static MultiLayerNetwork fixedNetwork(ModelConfig c, TrainingData data) {
        Nd4jRuntime.ensureStarted();
        MultiLayerNetwork net = NetworkFactory.build(c, data.shape(), c.seed());
        INDArray params = net.params().dup();
        for (long i = 0; i < params.length(); i++) {
            params.putScalar(i, 0.9 * Math.sin(1.7 * i + 0.3));
        }
        net.setParams(params);
        return net;
    }

    @Test
    void accuracyIsTheCountOfSequencesWhoseMostProbableClassIsTheirLabel() {
        PreparedSequences p = risingFalling(4);
        TrainingData data = TrainingDataFactory.from(p);
        ModelConfig c = ClassificationTrainingTest.config(p, 3, 1, 0.01, 8, 5);
        MultiLayerNetwork net = fixedNetwork(c, data);
        EpochMetrics m = new RunEvaluator(data, c).evaluate(net, 1, 0.01, System.nanoTime());

        // by hand: each validation sequence alone through the network, argmax against its label
        List<Sequence> val = p.part(PreparedSequences.VALIDATION);
        int correct = 0;
        int[] hitsPerClass = new int[2];
        int[] perClass = new int[2];
        for (Sequence s : val) {
            DataSet one = SequencePadding.toDataSet(List.of(s), p.classes(), SequenceLength.VARIABLE);
            INDArray out = net.output(one.getFeatures(), false, one.getFeaturesMaskArray(), null);
            int predicted = out.getDouble(0, 1) > out.getDouble(0, 0) ? 1 : 0;
            int actual = p.classes().indexOf(s.label());
            perClass[actual]++;
            if (predicted == actual) {
                correct++;
                hitsPerClass[actual]++;
            }
        }
        assertThat(val).hasSize(20);
        assertThat(m.value(Metric.VAL_ACCURACY)).isEqualTo((double) correct / val.size());
        assertThat(correct).isBetween(1, 19);
        double balanced = ((double) hitsPerClass[0] / perClass[0] + (double) hitsPerClass[1] / perClass[1]) / 2;
        assertThat(Classification.balancedAccuracy(RunEvaluator.matrix(RunEvaluator.output(net,
                data.validation().data())), data.validation().targetsOriginal())).isCloseTo(balanced, within(1e-15));
    }

    @Test
    void theLossIsDl4jsScoreWithoutRegularisationAndTheReportIsItsEvaluation() {
        PreparedSequences p = risingFalling(6);
        TrainingData data = TrainingDataFactory.from(p);
        ModelConfig c = ClassificationTrainingTest.config(p, 4, 1, 0.01, 8, 9);
        MultiLayerNetwork net = fixedNetwork(c, data);
        RunEvaluator evaluator = new RunEvaluator(data, c);
        EpochMetrics m = evaluator.evaluate(net, 1, 0.01, System.nanoTime());

        assertThat(m.value(Metric.TRAIN_LOSS)).isCloseTo(net.score(data.train().data()), within(1e-12));
        assertThat(m.value(Metric.VAL_LOSS)).isCloseTo(net.score(data.validation().data()), within(1e-12));

        Map<String, ClassificationReport> reports = evaluator.classificationReports(net);
        assertThat(reports).containsOnlyKeys(RunResult.VALIDATION, RunResult.TEST);
        DataSet test = data.test().data();
        Evaluation eval = new Evaluation(2);
        eval.eval(test.getLabels(), net.output(test.getFeatures(), false, test.getFeaturesMaskArray(), null));
        ClassificationReport r = reports.get(RunResult.TEST);
        for (int actual = 0; actual < 2; actual++) {
            for (int predicted = 0; predicted < 2; predicted++) {
                assertThat(r.confusion()[actual][predicted])
                        .isEqualTo(eval.getConfusionMatrix().getCount(actual, predicted));
            }
            if (!Double.isNaN(r.precision()[actual])) {
                assertThat(r.precision()[actual]).isCloseTo(eval.precision(actual), within(1e-12));
            }
            assertThat(r.recall()[actual]).isCloseTo(eval.recall(actual), within(1e-12));
        }
        assertThat(r.accuracy()).isCloseTo(eval.accuracy(), within(1e-12));
        assertThat(r.classes()).containsExactly("falling", "rising");
        assertThat(r.total()).isEqualTo(20);
    }

    @Test
    void anUntrainedSixClassModelScoresNearLnSixForEverySeed() {
        SequenceDataset charts = ClassificationTrainingTest.firstOfEachClass(
                SequenceDemos.controlCharts(SequenceDemos.DEFAULT_SEED), 10);
        PreparedSequences p = ClassificationTrainingTest.prepared(charts, 0.5, 0.5, 0, 3);
        TrainingData data = TrainingDataFactory.from(p);
        for (long seed = 1; seed <= 5; seed++) {
            ModelConfig c = ClassificationTrainingTest.config(p, 16, 1, 0.01, 8, seed);
            Nd4jRuntime.ensureStarted();
            MultiLayerNetwork net = NetworkFactory.build(c, data.shape(), seed);
            double loss = new RunEvaluator(data, c).evaluate(net, 1, 0, System.nanoTime()).value(Metric.TRAIN_LOSS);
            assertThat(loss).as("seed %d", seed).isCloseTo(Math.log(6), within(0.1 * Math.log(6)));
        }
    }

    /**
     * One untrained 2-class model starts anywhere in about 0.45..1.15 (its random logits lean
     * towards or against the labels), so only the mean over seeds is near ln 2. The spread of the
     * logits lifts the mean above ln 2 (cross-entropy is convex in them): over these 30 seeds it is
     * 0.707 with LSTM(32), but 0.750 with LSTM(8), whose output layer's Glorot weights are larger.
     */
    @Test
    void anUntrainedTwoClassModelScoresLnTwoOnAverageOverSeeds() {
        PreparedSequences p = risingFalling(2);
        TrainingData data = TrainingDataFactory.from(p);
        double sum = 0;
        int seeds = 30;
        for (long seed = 1; seed <= seeds; seed++) {
            ModelConfig c = ClassificationTrainingTest.config(p, 32, 1, 0.01, 8, seed);
            Nd4jRuntime.ensureStarted();
            MultiLayerNetwork net = NetworkFactory.build(c, data.shape(), seed);
            sum += new RunEvaluator(data, c).evaluate(net, 1, 0, System.nanoTime()).value(Metric.TRAIN_LOSS);
        }
        assertThat(sum / seeds).isCloseTo(0.7071, within(1e-4));
        assertThat(sum / seeds).isCloseTo(Math.log(2), within(0.1 * Math.log(2)));
    }

    @Test
    void aSequencesPredictionIsTheSameAloneAndPaddedInABatchOfLongerOnes() {
        PreparedSequences p = risingFalling(3);
        TrainingData data = TrainingDataFactory.from(p);
        Trainer trainer = new Trainer(ClassificationTrainingTest.config(p, 6, 3, 0.02, 16, 1), data);
        trainer.run(m -> { }, new CancellationToken());
        List<Sequence> all = p.dataset().sequences();
        int min = all.stream().mapToInt(Sequence::length).min().orElseThrow();
        int max = all.stream().mapToInt(Sequence::length).max().orElseThrow();
        Sequence shortest = all.stream().filter(s -> s.length() == min).findFirst().orElseThrow();
        List<Sequence> batch = new ArrayList<>(List.of(shortest));
        all.stream().filter(s -> s.length() == max).limit(3).forEach(batch::add);
        assertThat(max).isGreaterThan(min);

        double[][] alone = trainer.predict(SequencePadding.toDataSet(List.of(shortest), p.classes(),
                SequenceLength.VARIABLE));
        double[][] padded = trainer.predict(SequencePadding.toDataSet(batch, p.classes(), SequenceLength.VARIABLE));
        assertThat(padded[0][0]).isCloseTo(alone[0][0], within(1e-9));
        assertThat(padded[0][1]).isCloseTo(alone[0][1], within(1e-9));
        assertThat(alone[0][0] + alone[0][1]).isCloseTo(1, within(1e-12));
    }

    @Test
    void earlyStoppingOnValidationAccuracyKeepsTheHighestEpoch() {
        ClassificationTask task = ClassificationTrainingTest.config(risingFalling(1), 2, 1, 0.01, 8, 1).task()
                instanceof ClassificationTask t ? t : null;
        ModelConfig c = ModelConfig.builder().task(task).epochs(50)
                .earlyStopping(new EarlyStopping(StoppingKind.PATIENCE, 3, 0.01, false, 5, 5, 3, "val_accuracy"))
                .build();
        RunMetrics measured = RunMetrics.of(c);
        assertThat(measured.monitored()).isEqualTo(Metric.VAL_ACCURACY);
        assertThat(measured.monitoredTraining()).isEqualTo(Metric.TRAIN_ACCURACY);
        RunTracker run = new RunTracker(c, measured.epoch(), measured.monitored(), true);
        // accuracy rises to 0.9 at epoch 4; epoch 6's 0.905 is no improvement by more than minDelta 0.01
        double[] acc = {0.5, 0.6, 0.8, 0.9, 0.85, 0.905, 0.88, 0.7};
        int e = 0;
        boolean stopped = false;
        while (!stopped) {
            e++;
            stopped = run.record(EpochMetrics.of(e, measured.epoch(), new double[] {1.0 / e, 2.0 / e, acc[e - 1],
                    acc[e - 1]}, 0.01, e), () -> null);
        }
        RunResult r = run.result(Map.of(), 0, 0);
        assertThat(e).isEqualTo(7);
        assertThat(r.status()).isEqualTo(RunStatus.EARLY_STOPPED);
        assertThat(r.bestEpoch()).isEqualTo(6);
        assertThat(r.bestValue()).isEqualTo(0.905);
        assertThat(r.bestOf(Metric.VAL_LOSS)).isEqualTo(2.0 / 7);
    }

}

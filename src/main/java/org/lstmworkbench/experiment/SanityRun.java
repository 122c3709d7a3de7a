package org.lstmworkbench.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.lstmworkbench.data.FramedSet;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.data.sequence.PreparedSequences;
import org.lstmworkbench.data.sequence.Sequence;
import org.lstmworkbench.data.sequence.SequencePadding;
import org.lstmworkbench.diagnosis.SanityChecks;
import org.lstmworkbench.diagnosis.SanityChecks.Finding;
import org.lstmworkbench.model.EarlyStopping;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkFactory;
import org.lstmworkbench.training.CancellationToken;
import org.lstmworkbench.training.DataPart;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.RunStatus;
import org.lstmworkbench.training.Trainer;
import org.lstmworkbench.training.TrainingData;
import org.lstmworkbench.training.TrainingDataFactory;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The seed's checklist before a long run, on a configuration and its data: parameters against
 * training samples, the first epoch's loss against an untrained model's, and whether the model can
 * drive the training loss near zero on a tiny subset of the training samples.
 */
public final class SanityRun {

    /** Samples in the tiny subset. */
    public static final int TINY_SAMPLES = 8;
    /** Most epochs spent on the tiny subset; training stops as soon as the loss is low enough. */
    public static final int TINY_MAX_EPOCHS = 1000;

    private SanityRun() {
    }

    /** Runs every check; trains one epoch on the data and up to {@link #TINY_MAX_EPOCHS} on the subset. */
    public static List<Finding> check(ModelConfig config, PreparedData prepared, CancellationToken cancel) {
        TrainingData data = TrainingDataFactory.from(prepared);
        List<Finding> findings = new ArrayList<>();
        long params = NetworkFactory.parameterCount(config, data.shape());
        findings.add(SanityChecks.parameterCount(params, data.train().samples()));

        double[] targets = Arrays.stream(prepared.train().y()).flatMapToDouble(Arrays::stream).toArray();
        double expected = SanityChecks.expectedMse(targets);
        if (config.loss() == LossKind.MSE && !(expected > 0)) {
            // a constant series scales to zeros: no initial loss to compare with, and the file is the cause
            throw new org.lstmworkbench.WorkbenchException(prepared.name() + ": column \"" + prepared.targetColumn()
                    + "\" does not vary over the " + prepared.train().y().length + " training samples (expected "
                    + "initial loss " + expected + "); the sanity checks need a series that changes");
        }
        RunResult first = new Trainer(oneEpoch(config, data), data).run(m -> { }, cancel);
        if (config.loss() == LossKind.MSE && !first.history().isEmpty()) {
            findings.add(SanityChecks.initialLoss(expected, first.finalTrainLoss()));
        }

        findings.add(tinySubset(config, prepared, data, cancel));
        return findings;
    }

    /**
     * The classifier's checklist on prepared sequences: parameters against training sequences, the
     * first epoch's loss against the chance level ln K ({@link SanityChecks#chanceLevel}), and
     * whether the model can memorise the first {@link #TINY_SAMPLES} training sequences.
     */
    public static List<Finding> check(ModelConfig config, PreparedSequences prepared, CancellationToken cancel) {
        TrainingData data = TrainingDataFactory.from(prepared);
        List<Finding> findings = new ArrayList<>();
        long params = NetworkFactory.parameterCount(config, data.shape());
        findings.add(SanityChecks.parameterCount(params, data.train().samples()));
        RunResult first = new Trainer(oneEpoch(config, data), data).run(m -> { }, cancel);
        if (!first.history().isEmpty()) {
            findings.add(SanityChecks.chanceLevel(prepared.classes().size(), first.finalTrainLoss()));
        }
        List<Sequence> train = prepared.part(PreparedSequences.TRAIN);
        int n = Math.min(TINY_SAMPLES, train.size());
        DataSet subset = SequencePadding.toDataSet(train.subList(0, n), prepared.classes(), prepared.length());
        DataPart part = new DataPart(subset, subset.getLabels().toDoubleMatrix(), UnaryOperator.identity());
        TrainingData tiny = new TrainingData(data.name() + " (tiny subset)", part, null, null, data.shape(),
                (batchSize, shuffle, seed) -> List.of(subset));
        findings.add(tinySubset(config, tiny, n, cancel));
        return findings;
    }

    private static ModelConfig oneEpoch(ModelConfig config, TrainingData data) {
        return config.toBuilder().epochs(1).earlyStopping(EarlyStopping.OFF)
                .batchSize(Math.min(config.batchSize(), data.train().samples())).build();
    }

    private static Finding tinySubset(ModelConfig config, PreparedData prepared, TrainingData data,
                                      CancellationToken cancel) {
        FramedSet train = prepared.train();
        int n = Math.min(TINY_SAMPLES, train.size());
        int[] first = new int[n];
        for (int i = 0; i < n; i++) {
            first[i] = i;
        }
        FramedSet subset = train.select(first);
        DataPart part = new DataPart(subset.toDataSet(), subset.yOriginal(),
                p -> prepared.toOriginalUnits(subset, p));
        TrainingData tiny = new TrainingData(data.name() + " (tiny subset)", part, null, null, data.shape());
        return tinySubset(config, tiny, n, cancel);
    }

    /** Trains on the tiny part until its loss is low enough or the epochs run out. */
    private static Finding tinySubset(ModelConfig config, TrainingData tiny, int n, CancellationToken cancel) {
        org.lstmworkbench.model.ModelConfigBuilder b = config.toBuilder().epochs(TINY_MAX_EPOCHS).batchSize(n)
                .dropout(0).l1(0).l2(0).earlyStopping(EarlyStopping.OFF);
        if (config.architecture() instanceof org.lstmworkbench.model.LstmStack) {
            b.recurrentDrop(0);
        }
        ModelConfig c = b.build();
        // stop once the loss is below the check's threshold: the answer is known
        CancellationToken enough = new CancellationToken();
        double[] firstEpoch = {Double.NaN};
        RunResult r = new Trainer(c, tiny).run(m -> {
            if (m.epoch() == 1) {
                firstEpoch[0] = m.trainLoss();
            }
            if (cancel.isCancelled() || m.trainLoss() < SanityChecks.TINY_SUBSET_MAX_SHARE * firstEpoch[0] / 2) {
                enough.cancel();
            }
        }, enough);
        double firstLoss = r.history().isEmpty() ? Double.NaN : r.history().get(0).trainLoss();
        double last = r.status() == RunStatus.DIVERGED ? Double.NaN : r.finalTrainLoss();
        return SanityChecks.tinySubset(n, r.history().size(), firstLoss, last);
    }
}

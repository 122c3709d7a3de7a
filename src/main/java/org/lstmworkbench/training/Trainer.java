package org.lstmworkbench.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lstmworkbench.metrics.EarlyStoppingCriterion;
import org.lstmworkbench.metrics.Losses;
import org.lstmworkbench.metrics.StoppingCriteria;
import org.lstmworkbench.model.EarlyStopping;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkFactory;
import org.lstmworkbench.model.StoppingKind;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Trains one configuration on one framed dataset with one seed, driving the epochs itself so
 * that after every epoch the losses are computed on the whole training and validation sets.
 * Plain and blocking: the caller picks the thread and cancels through a {@link CancellationToken}.
 *
 * <p>Same seed, same data, same configuration: the same history, value for value (weights,
 * dropout masks and shuffling all derive from the seed; ND4J runs one native thread).
 *
 * @implNote One instance per run; not thread-safe. Listeners are called on the calling thread.
 */
public final class Trainer {

    private final ModelConfig config;
    private final TrainingData data;
    private final long seed;
    private MultiLayerNetwork network;

    public Trainer(ModelConfig config, TrainingData data, long seed) {
        this.config = config.requireValidFor(data.train().samples());
        this.data = data;
        this.seed = seed;
    }

    /** The network after {@link #run}: the final (or restored best) weights. */
    public Optional<MultiLayerNetwork> network() {
        return Optional.ofNullable(network);
    }

    /** Trains until the last epoch, early stopping, divergence or cancellation. */
    public RunResult run(EpochListener listener, CancellationToken cancel) {
        Nd4jRuntime.ensureStarted();
        long start = System.nanoTime();
        network = NetworkFactory.build(config, data.shape(), seed);
        long params = network.numParams();
        EarlyStoppingCriterion stopRule = stoppingCriterion(config.earlyStopping());
        boolean useVal = data.validationPart().isPresent();
        List<EpochMetrics> history = new ArrayList<>();
        DataSet train = data.train().data();
        List<DataSet> batches = config.shuffle() ? null : train.batchBy(config.batchSize());
        BestTracker best = new BestTracker(config.earlyStopping().restoreBest() 
                && config.earlyStopping().kind() != StoppingKind.OFF);
        RunStatus status = RunStatus.DONE;
        String message = "";
        epochs:
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            network.setEpochCount(epoch - 1);
            double lr = network.getLearningRate(0) == null ? config.learningRate() : network.getLearningRate(0);
            for (DataSet batch : batches != null ? batches : shuffled(train, epoch)) {
                if (cancel.isCancelled()) {
                    status = RunStatus.CANCELLED;
                    message = "stopped by the user during epoch " + epoch + "; " + history.size() + " epochs kept";
                    break epochs;
                }
                network.fit(batch);
            }
            EpochMetrics m = evaluate(epoch, lr, start);
            if (!Double.isFinite(m.trainLoss()) || (useVal && !Double.isFinite(m.valLoss()))) {
                status = RunStatus.DIVERGED;
                message = "loss became " + (Double.isFinite(m.trainLoss()) ? m.valLoss() : m.trainLoss())
                        + " at epoch " + epoch + "; the " + history.size() + " finite epochs are kept";
                break;
            }
            history.add(m);
            best.offer(m, useVal, network);
            listener.onEpoch(m);
            if (useVal && epoch < config.epochs()
                    && stopRule.shouldStop(losses(history, false), losses(history, true), epoch)) {
                status = RunStatus.EARLY_STOPPED;
                message = "early stopping (" + config.earlyStopping().kind().name().toLowerCase() + ") after epoch "
                        + epoch + "; best epoch " + best.epoch;
                break;
            }
        }
        if (best.restore && best.params != null && status == RunStatus.EARLY_STOPPED) {
            network.setParams(best.params);
        }
        double testRmse = data.testPart().map(p -> Losses.rmse(p.toOriginal().apply(predict(p.data())),
                p.targetsOriginal())).orElse(Double.NaN);
        long wall = (System.nanoTime() - start) / 1_000_000;
        return new RunResult(config, seed, status, message, history, best.epoch, best.loss, testRmse, params, wall);
    }

    private EpochMetrics evaluate(int epoch, double lr, long start) {
        DataPart trainPart = data.train();
        double[][] trainPred = predict(trainPart.data());
        double trainLoss = LossFunctions.loss(config.loss(), trainPred, labels(trainPart.data()));
        double trainRmse = Losses.rmse(trainPart.toOriginal().apply(trainPred), trainPart.targetsOriginal());
        double valLoss = Double.NaN;
        double valRmse = Double.NaN;
        Optional<DataPart> val = data.validationPart();
        if (val.isPresent()) {
            double[][] valPred = predict(val.get().data());
            valLoss = LossFunctions.loss(config.loss(), valPred, labels(val.get().data()));
            valRmse = Losses.rmse(val.get().toOriginal().apply(valPred), val.get().targetsOriginal());
        }
        return EpochMetrics.regression(epoch, trainLoss, valLoss, trainRmse, valRmse, lr,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Predictions in model units as {@code [samples][outputs]} (sequence outputs flattened per sample). */
    double[][] predict(DataSet part) {
        return toMatrix(network.output(part.getFeatures(), false));
    }

    private static double[][] labels(DataSet part) {
        return toMatrix(part.getLabels());
    }

    private static double[][] toMatrix(INDArray a) {
        if (a.rank() == 3) {
            return a.reshape('c', a.size(0), a.size(1) * a.size(2)).toDoubleMatrix();
        }
        return a.toDoubleMatrix();
    }

    private List<DataSet> shuffled(DataSet train, int epoch) {
        DataSet copy = train.copy();
        copy.shuffle(seed * 1_000_003L + epoch);
        return copy.batchBy(config.batchSize());
    }

    /** The metrics criterion of a configuration's early-stopping settings (Prechelt 1998 or Keras' patience). */
    static EarlyStoppingCriterion stoppingCriterion(EarlyStopping es) {
        return switch (es.kind()) {
            case OFF -> (train, val, epochs) -> false;
            case PATIENCE -> StoppingCriteria.patience(es.patience(), es.minDelta());
            case GL -> StoppingCriteria.generalizationLoss(es.alpha());
            case PQ -> StoppingCriteria.progressQuotient(es.alpha(), es.strip());
            case UP -> StoppingCriteria.successiveRises(es.strips(), es.strip());
        };
    }

    private static double[] losses(List<EpochMetrics> history, boolean validation) {
        double[] out = new double[history.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = validation ? history.get(i).valLoss() : history.get(i).trainLoss();
        }
        return out;
    }

    /** Lowest validation loss so far (training loss without validation), and optionally its weights. */
    private static final class BestTracker {
        final boolean restore;
        int epoch;
        double loss = Double.NaN;
        INDArray params;

        BestTracker(boolean restore) {
            this.restore = restore;
        }

        void offer(EpochMetrics m, boolean useVal, MultiLayerNetwork net) {
            double l = useVal ? m.valLoss() : m.trainLoss();
            if (epoch == 0 || l < loss) {
                epoch = m.epoch();
                loss = l;
                if (restore) {
                    params = net.params().dup();
                }
            }
        }
    }
}

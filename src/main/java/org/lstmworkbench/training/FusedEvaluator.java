package org.lstmworkbench.training;

import java.util.Arrays;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.lstmworkbench.metrics.Losses;
import org.lstmworkbench.model.LossKind;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * For {@link FusedTrainer}: per-block losses from one {@code output()} per epoch. The training
 * and validation features are stacked once (same time steps) and split again by rows, each
 * sample's prediction depending only on its own row. Labels and targets are converted to Java arrays once.
 *
 * @implNote Not thread-safe; one per fused training.
 */
final class FusedEvaluator {
    private final TrainingData data;
    private final LossKind loss;
    private final int count;
    private final int trainRows;
    private final INDArray features;
    private final double[][] trainLabels;
    private final double[][] valLabels;

    FusedEvaluator(TrainingData data, LossKind loss, int count) {
        this.data = data;
        this.loss = loss;
        this.count = count;
        INDArray train = data.train().data().getFeatures();
        trainRows = (int) train.size(0);
        features = data.validationPart().map(p -> Nd4j.concat(0, train, p.data().getFeatures())).orElse(train);
        trainLabels = matrix(data.train().data().getLabels());
        valLabels = data.validationPart().map(p -> matrix(p.data().getLabels())).orElse(null);
    }

    EpochMetrics[] evaluate(MultiLayerNetwork net, int epoch, double lr, long start) {
        double[][][] all = split(net.output(features, false));
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        EpochMetrics[] out = new EpochMetrics[count];
        for (int r = 0; r < count; r++) {
            double[][] train = Arrays.copyOfRange(all[r], 0, trainRows);
            double trainLoss = LossFunctions.loss(loss, train, trainLabels);
            double trainRmse = Losses.rmse(data.train().toOriginal().apply(train), data.train().targetsOriginal());
            double valLoss = Double.NaN;
            double valRmse = Double.NaN;
            if (valLabels != null) {
                DataPart v = data.validationPart().get();
                double[][] val = Arrays.copyOfRange(all[r], trainRows, all[r].length);
                valLoss = LossFunctions.loss(loss, val, valLabels);
                valRmse = Losses.rmse(v.toOriginal().apply(val), v.targetsOriginal());
            }
            out[r] = EpochMetrics.regression(epoch, trainLoss, valLoss, trainRmse, valRmse, lr, elapsed);
        }
        return out;
    }

    /** The fused output {@code [samples, blocks]} as one {@code [samples][1]} matrix per block. */
    private double[][][] split(INDArray out) {
        double[][] all = out.toDoubleMatrix();
        double[][][] blocks = new double[count][all.length][1];
        for (int r = 0; r < count; r++) {
            for (int i = 0; i < all.length; i++) {
                blocks[r][i][0] = all[i][r];
            }
        }
        return blocks;
    }

    static double[][] matrix(INDArray a) {
        if (a.rank() == 3) {
            return a.reshape('c', a.size(0), a.size(1) * a.size(2)).toDoubleMatrix();
        }
        return a.toDoubleMatrix();
    }
}

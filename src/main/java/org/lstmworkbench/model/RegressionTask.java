package org.lstmworkbench.model;

import java.util.List;
import org.lstmworkbench.data.Baselines;
import org.lstmworkbench.data.FramedSet;
import org.lstmworkbench.data.SeriesTransform;
import org.lstmworkbench.metrics.Metric;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMAE;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

/**
 * Forecasting a numeric target: linear output for MSE/MAE, losses and RMSE (original units) per
 * epoch, persistence and training-mean baselines.
 */
public final class RegressionTask implements Task {

    static final RegressionTask INSTANCE = new RegressionTask();

    private RegressionTask() {
    }

    @Override
    public String id() {
        return "regression";
    }

    @Override
    public List<Metric> metrics() {
        return Metric.REGRESSION;
    }

    @Override
    public Activation outputActivation(LossKind loss) {
        return switch (loss) {
            case MSE, MAE -> Activation.IDENTITY;
            case BINARY_CROSS_ENTROPY -> Activation.SIGMOID;
            case CROSS_ENTROPY -> Activation.SOFTMAX;
        };
    }

    @Override
    public ILossFunction lossFunction(LossKind loss) {
        return switch (loss) {
            case MSE -> new LossMSE();
            case MAE -> new LossMAE();
            case BINARY_CROSS_ENTROPY -> new LossBinaryXENT();
            case CROSS_ENTROPY -> new LossMCXENT();
        };
    }

    @Override
    public double[][] encodeTargets(double[][] targets) {
        return targets;
    }

    @Override
    public Baselines baselines(FramedSet train, FramedSet validation, SeriesTransform transform) {
        return Baselines.compute(train, validation, transform);
    }

    @Override
    public String toString() {
        return id();
    }
}

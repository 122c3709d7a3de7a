package org.lstmworkbench.training.engine;

/**
 * What a run needs of an engine: the gradient of a minibatch and inference over a set, on the
 * network's flat parameters in double ({@link ParamLayout}), whatever precision the engine
 * computes in: {@link LstmEngine} (double, DL4J's math to ~1e-12) or {@link FloatLstmEngine}
 * (float, as DL4J's network in {@code DataType.FLOAT}).
 */
public interface TrainingEngine extends AutoCloseable {

    /** The flat parameter layout the engine reads and writes. */
    ParamLayout layout();

    /**
     * The training pass on one minibatch: fills {@code grad} with the data gradient summed over
     * the examples and returns the data loss averaged over them (DL4J's
     * {@code computeGradientAndScore} without regularisation).
     */
    double gradient(EngineBatch batch, double[] params, double[] grad);

    /** Network outputs for every example of {@code batch}, {@code [nOut * b + k]}. */
    double[] output(EngineBatch batch, double[] params);

    /** The data loss over all of {@code batch} (mean over examples, no regularisation, no dropout). */
    double loss(EngineBatch batch, double[] params);

    @Override
    void close();
}

package org.lstmworkbench.training.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.lstmworkbench.data.sequence.ClassLabels;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.ModelConfigBuilder;
import org.lstmworkbench.model.NetworkFactory;
import org.lstmworkbench.model.NetworkShape;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** Seeded data, networks and DL4J's reference gradients for the engine's tests. */
final class EngineFixtures {

    /** Relative tolerance of the engine against DL4J, and the absolute floor below which values count as 0. */
    static final double RELATIVE = 1e-9;
    static final double FLOOR = 1e-13;

    private EngineFixtures() {
    }

    static ModelConfigBuilder config() {
        return ModelConfig.DEFAULTS.toBuilder();
    }

    /** A three-class classifier (softmax, multi-class cross-entropy). */
    static ModelConfigBuilder classifier() {
        return config().classification(ClassLabels.of(List.of("a", "b", "c", "a"))).loss(LossKind.CROSS_ENTROPY);
    }

    /**
     * Random features {@code [mb, nIn, T]} and labels {@code [mb, nOut]} (one-hot when
     * {@code oneHot}); with {@code lengths} a feature mask: post-padding (steps after an example's
     * length masked and zero) or pre-padding (steps before its start).
     */
    static DataSet data(long seed, int mb, int nIn, int steps, int nOut, boolean oneHot, int[] lengths,
                        boolean prePadding) {
        Random r = new Random(seed);
        double[][][] x = new double[mb][nIn][steps];
        double[][] y = new double[mb][nOut];
        double[][] m = new double[mb][steps];
        for (int b = 0; b < mb; b++) {
            for (int t = 0; t < steps; t++) {
                boolean on = lengths == null || (prePadding ? t >= steps - lengths[b] : t < lengths[b]);
                m[b][t] = on ? 1 : 0;
                for (int i = 0; i < nIn; i++) {
                    x[b][i][t] = on ? r.nextGaussian() : 0;
                }
            }
            if (oneHot) {
                y[b][r.nextInt(nOut)] = 1;
            } else {
                for (int k = 0; k < nOut; k++) {
                    y[b][k] = r.nextGaussian();
                }
            }
        }
        DataSet ds = new DataSet(Nd4j.create(x), Nd4j.create(y));
        if (lengths != null) {
            ds.setFeaturesMaskArray(Nd4j.create(m));
        }
        return ds;
    }

    static MultiLayerNetwork net(ModelConfig config, NetworkShape shape) {
        return NetworkFactory.build(config, shape, 42);
    }

    /** DL4J's gradient (flat, as {@code net.gradient()} holds it) and score for {@code ds}. */
    record Reference(double[] gradient, double score) {
    }

    static Reference dl4j(MultiLayerNetwork net, DataSet ds) {
        net.setInput(ds.getFeatures());
        net.setLabels(ds.getLabels());
        net.setLayerMaskArrays(ds.getFeaturesMaskArray(), null);
        net.computeGradientAndScore();
        double[] g = net.gradient().gradient().dup().toDoubleVector();
        double score = net.score();
        net.clearLayerMaskArrays();
        return new Reference(g, score);
    }

    /** The largest |a - e| / max(|e|, FLOOR) over all elements, after asserting each is within tolerance. */
    static double assertClose(String what, double[] actual, double[] expected, double relative) {
        assertThat(actual).as(what + " length").hasSameSizeAs(expected);
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            double err = Math.abs(actual[i] - expected[i]);
            double scale = Math.max(Math.abs(expected[i]), FLOOR);
            assertThat(err).as("%s[%d]: %s vs %s", what, i, actual[i], expected[i]).isLessThanOrEqualTo(relative * scale);
            worst = Math.max(worst, err / scale);
        }
        return worst;
    }

    static double relative(double actual, double expected) {
        return Math.abs(actual - expected) / Math.max(Math.abs(expected), FLOOR);
    }

    static double[] params(MultiLayerNetwork net) {
        return net.params().dup().toDoubleVector();
    }
}

package org.lstmworkbench.training.engine;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkFactory;
import org.lstmworkbench.model.NetworkShape;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains two copies of one network side by side: one with DL4J's {@code fit(batch)}, the other
 * with DL4J's raw gradient ({@code computeGradientAndScore}) and the {@link EngineUpdater} on a
 * {@code double[]}; records after every update how far apart they are. Epochs are counted as
 * {@code training.Trainer} counts them ({@code setEpochCount(epoch - 1)} before each epoch).
 */
final class UpdaterParity {

    /**
     * What a side-by-side run measured.
     *
     * @param iterations     updates made
     * @param paramRel       worst relative difference of a parameter over the run
     * @param scoreRel       worst relative difference of DL4J's score (fit) and the mirror's
     * @param regScoreRel    worst relative difference of {@link EngineUpdater#regularizationScore}
     *                       and DL4J's {@code calcRegularizationScore}
     * @param maxRegScore    largest regularisation score seen (0 without L1/L2)
     * @param maxAbsGrad     largest |gradient / batch size| seen (before clipping)
     * @param maxLayerNorm   largest L2 norm of a layer's gradient / batch size seen
     * @param moved          change of the parameters from start to end relative to their norm
     */
    record Result(int iterations, double paramRel, double scoreRel, double regScoreRel, double maxRegScore,
                  double maxAbsGrad, double maxLayerNorm, double moved) {
    }

    private UpdaterParity() {
    }

    /** The seed's toy in minibatches of 2, 2 and 1. */
    static List<DataSet> toyBatches() {
        return toy().batchBy(2);
    }

    /** The seed's toy: x 0.0..0.4 -> x + 0.1, one feature, one step. */
    static DataSet toy() {
        double[][][] x = new double[5][1][1];
        double[][] y = new double[5][1];
        for (int i = 0; i < 5; i++) {
            x[i][0][0] = i / 10.0;
            y[i][0] = (i + 1) / 10.0;
        }
        return new DataSet(Nd4j.create(x), Nd4j.create(y));
    }

    static final NetworkShape TOY = new NetworkShape(1, 1, false);
    static final NetworkShape TWO_FEATURES = new NetworkShape(2, 1, false);

    /** 12 seeded sequences of 2 features and 4 steps, target a sum of the last inputs; batches 5, 5, 2. */
    static List<DataSet> sequenceBatches() {
        Random r = new Random(11);
        double[][][] x = new double[12][2][4];
        double[][] y = new double[12][1];
        for (int s = 0; s < 12; s++) {
            for (int f = 0; f < 2; f++) {
                for (int t = 0; t < 4; t++) {
                    x[s][f][t] = r.nextGaussian();
                }
            }
            y[s][0] = 0.5 * x[s][0][3] - 0.3 * x[s][1][2] + 0.1;
        }
        return new DataSet(Nd4j.create(x), Nd4j.create(y)).batchBy(5);
    }

    /** Side by side run of a {@link NetworkFactory} network of {@code config}. */
    static Result run(ModelConfig config, NetworkShape shape, List<DataSet> batches, int epochs) {
        return run(() -> NetworkFactory.build(config, shape, 42), batches, epochs);
    }

    /** Side by side run of two networks {@code build} makes (they must start equal). */
    static Result run(Supplier<MultiLayerNetwork> build, List<DataSet> batches, int epochs) {
        MultiLayerNetwork dl4j = build.get();
        MultiLayerNetwork mirror = build.get();
        ParamLayout layout = ParamLayout.of(mirror);
        EngineUpdater updater = EngineUpdater.of(mirror, layout);
        double[] p = mirror.params().toDoubleVector();
        double[] start = p.clone();
        if (relativeDifference(dl4j.params().toDoubleVector(), p) != 0) {
            throw new IllegalStateException("the two networks start apart");
        }
        int it = 0;
        double paramRel = 0, scoreRel = 0, regRel = 0, maxReg = 0, maxGrad = 0, maxNorm = 0;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            dl4j.setEpochCount(epoch - 1);
            mirror.setEpochCount(epoch - 1);
            for (DataSet batch : batches) {
                if (dl4j.getIterationCount() != it) {
                    throw new IllegalStateException("DL4J counted " + dl4j.getIterationCount() + " updates, not " + it);
                }
                double reg = updater.regularizationScore(p, it, epoch - 1);
                double dl4jReg = mirror.calcRegularizationScore(true);
                regRel = Math.max(regRel, relative(reg, dl4jReg));
                maxReg = Math.max(maxReg, dl4jReg);

                dl4j.fit(batch);

                mirror.setInput(batch.getFeatures());
                mirror.setLabels(batch.getLabels());
                mirror.computeGradientAndScore();
                double[] g = mirror.gradient().gradient().toDoubleVector();
                int bs = (int) batch.getFeatures().size(0);
                maxGrad = Math.max(maxGrad, maxAbs(g) / bs);
                maxNorm = Math.max(maxNorm, maxLayerNorm(g, layout) / bs);
                scoreRel = Math.max(scoreRel, relative(dl4j.score(), mirror.score()));

                updater.step(p, g, it, epoch - 1, bs);
                mirror.setParams(Nd4j.create(p, new long[] {1, p.length}));
                paramRel = Math.max(paramRel, relativeDifference(dl4j.params().toDoubleVector(), p));
                it++;
            }
        }
        return new Result(it, paramRel, scoreRel, regRel, maxReg, maxGrad, maxNorm, normRelative(start, p));
    }

    /** Largest |a_i - b_i| / max(|a_i|, |b_i|) (0 where both are 0). */
    static double relativeDifference(double[] a, double[] b) {
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, relative(a[i], b[i]));
        }
        return worst;
    }

    private static double normRelative(double[] from, double[] to) {
        double d = 0;
        double n = 0;
        for (int i = 0; i < from.length; i++) {
            d += (to[i] - from[i]) * (to[i] - from[i]);
            n += from[i] * from[i];
        }
        return Math.sqrt(d / n);
    }

    static double relative(double a, double b) {
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return scale == 0 ? 0 : Math.abs(a - b) / scale;
    }

    private static double maxAbs(double[] g) {
        double m = 0;
        for (double v : g) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static double maxLayerNorm(double[] g, ParamLayout layout) {
        double worst = 0;
        for (int l = 0; l < layout.layers(); l++) {
            double s = 0;
            for (ParamLayout.Block b : layout.layer(l)) {
                for (int i = b.offset(); i < b.offset() + b.length(); i++) {
                    s += g[i] * g[i];
                }
            }
            worst = Math.max(worst, Math.sqrt(s));
        }
        return worst;
    }
}

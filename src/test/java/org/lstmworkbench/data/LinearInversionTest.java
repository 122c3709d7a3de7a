package org.lstmworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The path inversion reads the fitted series in place instead of copying it per sample: its values
 * must be those of the copying implementation it replaced (kept below as the reference), bit for bit,
 * for both directions and the baselines.
 */
class LinearInversionTest {

    @ParameterizedTest
    @CsvSource({"MANY_TO_ONE, 12, 1, 0, 0, NONE", "MANY_TO_ONE, 6, 3, 12, 1, LOG", "ONE_TO_MANY, 1, 14, 12, 2, BOX_COX",
        "MANY_TO_MANY, 8, 1, 0, 2, LOG1P", "ONE_TO_ONE, 1, 1, 7, 0, BOX_COX", "MANY_TO_ONE, 4, 5, 0, 1, NONE"})
    void valuesEqualTheCopyingImplementation(FrameShape shape, int lags, int horizon, int season, int order,
                                             TransformSpec.Power power) {
        TransformSpec t = new TransformSpec(power, null, season, order, TransformSpec.Scaling.Z_SCORE);
        Random random = new Random(13);
        double[] values = new double[300];
        for (int i = 0; i < values.length; i++) {
            values[i] = 20 + 5 * Math.sin(i * 2 * Math.PI / 12) + 0.05 * i + random.nextGaussian();
        }
        DatasetSpec s = DatasetSpec.builder("s.csv").transform(t).shape(shape).lags(lags).horizon(horizon).build();
        PreparedData data = DataPipeline.prepare(s, DataTable.of("s.csv", List.of(), List.of("v"), List.of(values)));
        SeriesTransform fitted = data.targetTransform();
        Reference reference = new Reference(fitted);
        for (FramedSet part : List.of(data.train(), data.validation(), data.test())) {
            assertThat(part.isEmpty()).isFalse();
            double[][] noisy = Arrays.stream(part.y()).map(r -> Arrays.stream(r).map(v -> v + 0.3).toArray())
                    .toArray(double[][]::new);
            assertThat(fitted.toOriginalUnits(part, noisy)).isDeepEqualTo(reference.map(part, noisy, true));
            double[][] original = part.yOriginal();
            assertThat(fitted.toModelUnits(part, original)).isDeepEqualTo(reference.map(part, original, false));
        }
        assertThat(data.baselines()).isEqualTo(reference.baselines(data.train(), data.validation()));
    }

    /** The implementation before the change: copies the whole series for every path. */
    private static final class Reference {

        private final SeriesTransform f;
        private final double[] power;
        private final double[] seasonal;

        Reference(SeriesTransform f) {
            this.f = f;
            this.power = powered(f);
            int m = f.spec().seasonalPeriod();
            this.seasonal = new double[power.length];
            for (int t = 0; t < power.length; t++) {
                seasonal[t] = m == 0 ? power[t] : t >= m ? power[t] - power[t - m] : Double.NaN;
            }
        }

        private static double[] powered(SeriesTransform f) {
            return Arrays.stream(f.raw()).map(x -> forward(f, x)).toArray();
        }

        private static double forward(SeriesTransform f, double x) {
            double shifted = x + f.spec().shift();
            return switch (f.spec().power()) {
                case NONE -> x;
                case LOG -> Math.log(shifted);
                case LOG1P -> Math.log1p(shifted);
                case BOX_COX -> BoxCox.transform(shifted, f.lambda());
            };
        }

        private double inverse(double p) {
            return switch (f.spec().power()) {
                case NONE -> p;
                case LOG -> Math.exp(p) - f.spec().shift();
                case LOG1P -> Math.expm1(p) - f.spec().shift();
                case BOX_COX -> BoxCox.invert(p, f.lambda()) - f.spec().shift();
            };
        }

        private static double c(int order, int j) {
            return (j % 2 == 0 ? 1 : -1) * (order == 2 && j == 1 ? 2 : 1);
        }

        double[] invertPath(int origin, double[] z) {
            int len = Math.max(power.length, origin + z.length);
            double[] p = Arrays.copyOf(power, len);
            double[] s = Arrays.copyOf(seasonal, len);
            int d = f.spec().differenceOrder();
            int m = f.spec().seasonalPeriod();
            double[] x = new double[z.length];
            for (int h = 0; h < z.length; h++) {
                int t = origin + h;
                double st = f.scaler().invert(z[h]);
                for (int j = 1; j <= d; j++) {
                    st -= c(d, j) * s[t - j];
                }
                s[t] = st;
                p[t] = m == 0 ? st : st + p[t - m];
                x[h] = inverse(p[t]);
            }
            return x;
        }

        double[] transformPath(int origin, double[] x) {
            int len = Math.max(power.length, origin + x.length);
            double[] p = Arrays.copyOf(power, len);
            double[] s = Arrays.copyOf(seasonal, len);
            int m = f.spec().seasonalPeriod();
            int d = f.spec().differenceOrder();
            double[] z = new double[x.length];
            for (int h = 0; h < x.length; h++) {
                int t = origin + h;
                p[t] = forward(f, x[h]);
                s[t] = m == 0 ? p[t] : p[t] - p[t - m];
                double w = 0;
                for (int j = 0; j <= d; j++) {
                    w += c(d, j) * s[t - j];
                }
                z[h] = f.scaler().apply(w);
            }
            return z;
        }

        double[][] map(FramedSet set, double[][] values, boolean invert) {
            int[][] indices = set.targetIndices();
            double[][] mapped = new double[values.length][];
            for (int i = 0; i < values.length; i++) {
                if (set.shape().stepwiseTargets()) {
                    mapped[i] = new double[values[i].length];
                    for (int j = 0; j < values[i].length; j++) {
                        double[] one = {values[i][j]};
                        mapped[i][j] = (invert ? invertPath(indices[i][j], one) : transformPath(indices[i][j], one))[0];
                    }
                } else {
                    mapped[i] = invert ? invertPath(indices[i][0], values[i]) : transformPath(indices[i][0], values[i]);
                }
            }
            return mapped;
        }

        Baselines baselines(FramedSet train, FramedSet validation) {
            double[] raw = f.raw();
            int[][] indices = validation.targetIndices();
            double[][] persistence = new double[validation.size()][validation.outputs()];
            for (int i = 0; i < persistence.length; i++) {
                for (int j = 0; j < persistence[i].length; j++) {
                    persistence[i][j] = raw[(validation.shape().stepwiseTargets() ? indices[i][j] : indices[i][0]) - 1];
                }
            }
            double mean = Arrays.stream(train.y()).flatMapToDouble(Arrays::stream).average().orElseThrow();
            double[][] means = new double[validation.size()][validation.outputs()];
            Arrays.stream(means).forEach(r -> Arrays.fill(r, mean));
            return new Baselines(Baselines.mse(map(validation, persistence, false), validation.y()),
                    Baselines.mse(persistence, validation.yOriginal()), Baselines.mse(means, validation.y()),
                    Baselines.mse(map(validation, means, true), validation.yOriginal()));
        }
    }
}

package org.lstmworkbench.data;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The transforms of a {@link TransformSpec} fitted to one series: power (log / Box-Cox),
 * seasonal difference, difference, scaler, in that order. Box-Cox lambda and scaler are
 * fitted on the values at the training indices only, then applied to the whole series.
 *
 * <p>Index {@code t} of the transformed series corresponds to index {@code t} of the raw
 * series; the first {@link #offset()} transformed values are NaN (lost to differencing).
 *
 * <p>Inversion ({@link #invertPath}) undoes the scaler, then the differencing, then the power
 * transform. Differencing is undone from an origin: values before the origin are the actual
 * observed ones, values from the origin on are the path being inverted. So a one-step
 * target adds its predicted change to the actual previous value, and a multi-step path
 * accumulates its changes from the last observed value before the origin.
 */
public final class SeriesTransform {

    private final TransformSpec spec;
    private final double lambda;
    private final Scaler scaler;
    private final double[] raw;
    private final double[] power;
    private final double[] seasonal;
    private final double[] transformed;

    private SeriesTransform(TransformSpec spec, double lambda, double[] raw, double[] power,
                            double[] seasonal, double[] differenced, boolean[] training) {
        this.spec = spec;
        this.lambda = lambda;
        this.raw = raw;
        this.power = power;
        this.seasonal = seasonal;
        int offset = spec.lostValues();
        double[] fitValues = IntStream.range(offset, raw.length).filter(t -> training[t])
                .mapToDouble(t -> differenced[t]).toArray();
        this.scaler = Scaler.fit(spec.scaling(), fitValues);
        this.transformed = Arrays.stream(differenced).map(scaler::apply).toArray();
    }

    /**
     * Fits the transforms on the training indices of {@code raw} and transforms all of it.
     *
     * @param training {@code training[t]} marks the indices whose values may be used for fitting
     * @throws DataException naming the row of a value {@code <= 0} under log or Box-Cox
     */
    public static SeriesTransform fit(TransformSpec spec, double[] raw, boolean[] training,
                                      SeriesLocation where) {
        double[] values = raw.clone();
        if (spec.power() != TransformSpec.Power.NONE) {
            for (int t = 0; t < values.length; t++) {
                if (!(values[t] > 0)) {
                    throw where.error(t, values[t] + " is not positive; the " + spec.power().name().toLowerCase()
                            + " transform needs values above 0");
                }
            }
        }
        double lambda = Double.NaN;
        if (spec.power() == TransformSpec.Power.BOX_COX) {
            lambda = spec.boxCoxLambda() != null ? spec.boxCoxLambda()
                    : BoxCox.fitLambda(IntStream.range(0, values.length).filter(t -> training[t])
                            .mapToDouble(t -> values[t]).toArray());
        }
        double l = lambda;
        double[] power = Arrays.stream(values).map(v -> forwardPower(spec.power(), l, v)).toArray();
        int m = spec.seasonalPeriod();
        double[] seasonal = m == 0 ? power.clone()
                : IntStream.range(0, power.length).mapToDouble(t -> t >= m ? power[t] - power[t - m] : Double.NaN).toArray();
        double[] differenced = seasonal.clone();
        for (int t = 0; t < differenced.length; t++) {
            differenced[t] = t < spec.lostValues() ? Double.NaN : difference(seasonal, t, spec.differenceOrder());
        }
        return new SeriesTransform(spec, lambda, values, power, seasonal, differenced, training);
    }

    /** Leading indices without a transformed value. */
    public int offset() {
        return spec.lostValues();
    }

    public TransformSpec spec() {
        return spec;
    }

    /** The Box-Cox lambda used (given or fitted), NaN unless Box-Cox. */
    public double lambda() {
        return lambda;
    }

    public Scaler scaler() {
        return scaler;
    }

    /** The transformed series (NaN before {@link #offset()}). */
    public double[] transformed() {
        return transformed.clone();
    }

    /** The raw series the transforms were fitted to. */
    public double[] raw() {
        return raw.clone();
    }

    /**
     * Original-unit values of a transformed path {@code z[0..k-1]} for indices
     * {@code origin .. origin+k-1}, given the actual values before {@code origin}.
     */
    public double[] invertPath(int origin, double[] z) {
        checkOrigin(origin);
        int len = Math.max(raw.length, origin + z.length);
        double[] p = Arrays.copyOf(power, len);
        double[] s = Arrays.copyOf(seasonal, len);
        int d = spec.differenceOrder();
        int m = spec.seasonalPeriod();
        double[] x = new double[z.length];
        for (int h = 0; h < z.length; h++) {
            int t = origin + h;
            // w_t = sum_j c_j s_{t-j} with c_0 = 1, so s_t = w_t - sum_{j>=1} c_j s_{t-j}
            double st = scaler.invert(z[h]);
            for (int j = 1; j <= d; j++) {
                st -= coefficient(d, j) * s[t - j];
            }
            s[t] = st;
            p[t] = m == 0 ? st : st + p[t - m];
            x[h] = inversePower(p[t]);
        }
        return x;
    }

    /**
     * Transformed values of an original-unit path {@code x[0..k-1]} for indices
     * {@code origin .. origin+k-1}, given the actual values before {@code origin}: the exact
     * inverse of {@link #invertPath}.
     */
    public double[] transformPath(int origin, double[] x) {
        checkOrigin(origin);
        int len = Math.max(raw.length, origin + x.length);
        double[] p = Arrays.copyOf(power, len);
        double[] s = Arrays.copyOf(seasonal, len);
        int m = spec.seasonalPeriod();
        double[] z = new double[x.length];
        for (int h = 0; h < x.length; h++) {
            int t = origin + h;
            p[t] = forwardPower(spec.power(), lambda, x[h]);
            s[t] = m == 0 ? p[t] : p[t] - p[t - m];
            z[h] = scaler.apply(difference(s, t, spec.differenceOrder()));
        }
        return z;
    }

    /**
     * Predictions of a framed set mapped back to original units. Each sample's outputs are a
     * path from its first target (the forecast origin), so differencing accumulates from the
     * last observed value before that origin; many-to-many outputs are each one step ahead
     * of an observed value, so each is inverted from its own index.
     *
     * @param predictions {@code [samples][outputs]} in model units
     */
    public double[][] toOriginalUnits(FramedSet set, double[][] predictions) {
        return mapSamples(set, predictions, true);
    }

    /** Original-unit paths of a framed set expressed in model units: inverse of {@link #toOriginalUnits}. */
    public double[][] toModelUnits(FramedSet set, double[][] originalValues) {
        return mapSamples(set, originalValues, false);
    }

    private double[][] mapSamples(FramedSet set, double[][] values, boolean invert) {
        if (values.length != set.size()) {
            throw new IllegalArgumentException(values.length + " rows of values for " + set.size() + " samples");
        }
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

    private void checkOrigin(int origin) {
        if (origin < offset() || origin > raw.length) {
            throw new IllegalArgumentException("origin " + origin + " outside [" + offset() + ", " + raw.length + "]");
        }
    }

    private static double difference(double[] s, int t, int order) {
        double w = 0;
        for (int j = 0; j <= order; j++) {
            w += coefficient(order, j) * s[t - j];
        }
        return w;
    }

    /** {@code (-1)^j * C(order, j)}: the weights of an order-d difference. */
    private static double coefficient(int order, int j) {
        int binomial = order == 2 && j == 1 ? 2 : 1;
        return (j % 2 == 0 ? 1 : -1) * binomial;
    }

    private static double forwardPower(TransformSpec.Power kind, double lambda, double x) {
        return switch (kind) {
            case NONE -> x;
            case LOG -> Math.log(x);
            case BOX_COX -> BoxCox.transform(x, lambda);
        };
    }

    private double inversePower(double p) {
        return switch (spec.power()) {
            case NONE -> p;
            case LOG -> Math.exp(p);
            case BOX_COX -> BoxCox.invert(p, lambda);
        };
    }
}

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
                            double[] seasonal, double[] differenced, boolean[] training, SeriesLocation where) {
        this.spec = spec;
        this.lambda = lambda;
        this.raw = raw;
        this.power = power;
        this.seasonal = seasonal;
        int offset = spec.lostValues();
        this.scaler = OverflowChecks.fitScaler(spec.scaling(), differenced, training, offset, where);
        this.transformed = Arrays.stream(differenced).map(scaler::apply).toArray();
        OverflowChecks.requireFiniteScaled(raw, transformed, where);
        OverflowChecks.requireUsable(raw, transformed, where);
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
        OverflowChecks.requireFiniteRaw(values, where);
        if (spec.power() != TransformSpec.Power.NONE) {
            checkDomain(spec, values, where);
        }
        double lambda = Double.NaN;
        if (spec.power() == TransformSpec.Power.BOX_COX) {
            lambda = spec.boxCoxLambda() != null ? spec.boxCoxLambda()
                    : BoxCox.fitLambda(IntStream.range(0, values.length).filter(t -> training[t])
                            .mapToDouble(t -> values[t] + spec.shift()).toArray());
        }
        double l = lambda;
        double[] power = Arrays.stream(values).map(v -> forwardPower(spec, l, v)).toArray();
        int m = spec.seasonalPeriod();
        double[] seasonal = m == 0 ? power.clone()
                : IntStream.range(0, power.length).mapToDouble(t -> t >= m ? power[t] - power[t - m] : Double.NaN).toArray();
        double[] differenced = seasonal.clone();
        for (int t = 0; t < differenced.length; t++) {
            differenced[t] = t < spec.lostValues() ? Double.NaN : difference(seasonal, t, spec.differenceOrder());
        }
        OverflowChecks.requireFiniteTransformed(values, differenced, where);
        return new SeriesTransform(spec, lambda, values, power, seasonal, differenced, training, where);
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
        int d = spec.differenceOrder();
        int m = spec.seasonalPeriod();
        // only the path's own indices are new: earlier ones are read from the fitted series, so the cost
        // is the path's length, not the series' (a copy per sample made whole-set inversion quadratic)
        double[] s = new double[z.length];
        double[] p = new double[z.length];
        double[] x = new double[z.length];
        for (int h = 0; h < z.length; h++) {
            int t = origin + h;
            // w_t = sum_j c_j s_{t-j} with c_0 = 1, so s_t = w_t - sum_{j>=1} c_j s_{t-j}
            double st = scaler.invert(z[h]);
            for (int j = 1; j <= d; j++) {
                st -= coefficient(d, j) * at(seasonal, s, origin, t - j);
            }
            s[h] = st;
            p[h] = m == 0 ? st : st + at(power, p, origin, t - m);
            x[h] = inversePower(p[h]);
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
        int d = spec.differenceOrder();
        int m = spec.seasonalPeriod();
        double[] p = new double[x.length];
        double[] s = new double[x.length];
        double[] z = new double[x.length];
        for (int h = 0; h < x.length; h++) {
            int t = origin + h;
            p[h] = forwardPower(spec, lambda, x[h]);
            s[h] = m == 0 ? p[h] : p[h] - at(power, p, origin, t - m);
            double w = 0;
            for (int j = 0; j <= d; j++) {
                w += coefficient(d, j) * at(seasonal, s, origin, t - j);
            }
            z[h] = scaler.apply(w);
        }
        return z;
    }

    /** Index {@code t} of a series whose values from {@code origin} on are the path's {@code path[t - origin]}. */
    private static double at(double[] fitted, double[] path, int origin, int t) {
        return t >= origin ? path[t - origin] : fitted[t];
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
        double[][] mapped = new double[values.length][];
        double[] one = new double[1];
        for (int i = 0; i < values.length; i++) {
            if (set.shape().stepwiseTargets()) {
                mapped[i] = new double[values[i].length];
                for (int j = 0; j < values[i].length; j++) {
                    one[0] = values[i][j];
                    int t = set.targetIndex(i, j);
                    mapped[i][j] = (invert ? invertPath(t, one) : transformPath(t, one))[0];
                }
            } else {
                int t = set.targetIndex(i, 0);
                mapped[i] = invert ? invertPath(t, values[i]) : transformPath(t, values[i]);
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

    /**
     * Refuses a value the power transform cannot take, naming its row, and suggests what can:
     * log1p for zeros, a shift for values below.
     */
    private static void checkDomain(TransformSpec spec, double[] values, SeriesLocation where) {
        boolean log1p = spec.power() == TransformSpec.Power.LOG1P;
        double floor = log1p ? -1 : 0;
        String name = spec.power() == TransformSpec.Power.BOX_COX ? "Box-Cox" : log1p ? "log1p" : "log";
        for (int t = 0; t < values.length; t++) {
            double shifted = values[t] + spec.shift();
            if (!(shifted > floor)) {
                // the smallest whole c with x + c above the floor
                long c = (long) Math.floor(floor - values[t]) + 1;
                String shown = spec.shift() == 0 ? String.valueOf(values[t])
                        : values[t] + " + shift " + spec.shift() + " = " + shifted;
                String advice = spec.power() == TransformSpec.Power.LOG && values[t] == 0 && spec.shift() == 0
                        ? "; use log1p (log(1 + x)) or a shift (log(x + c), c > 0)"
                        : Double.isNaN(values[t]) ? "" : "; use a shift c of at least " + c + " (x + c)";
                throw where.error(t, shown + (log1p ? " is not above -1; the " : " is not positive; the ") + name
                        + " transform needs " + (log1p ? "values above -1" : "values above 0") + advice);
            }
        }
    }

    private static double forwardPower(TransformSpec spec, double lambda, double x) {
        double shifted = x + spec.shift();
        return switch (spec.power()) {
            case NONE -> x;
            case LOG -> Math.log(shifted);
            case LOG1P -> Math.log1p(shifted);
            case BOX_COX -> BoxCox.transform(shifted, lambda);
        };
    }

    private double inversePower(double p) {
        return switch (spec.power()) {
            case NONE -> p;
            case LOG -> Math.exp(p) - spec.shift();
            case LOG1P -> Math.expm1(p) - spec.shift();
            case BOX_COX -> BoxCox.invert(p, lambda) - spec.shift();
        };
    }
}

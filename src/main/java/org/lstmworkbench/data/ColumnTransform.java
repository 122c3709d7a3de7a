package org.lstmworkbench.data;

/**
 * One column's fitted transform with its parameters written out, as a saved model's transform file
 * holds it ({@link ExportedTransform}): {@code z = (w - scalerShift) / scalerScale}, where {@code w} is
 * the order-{@code differenceOrder} difference of the lag-{@code seasonalPeriod} seasonal difference of
 * the power transform {@code p = f(x + shift)} ({@code f} = identity, log, log1p or Box-Cox with
 * {@code boxCoxLambda}). The same arithmetic, in the same order, as {@link SeriesTransform}.
 *
 * @param column          the column's name in the data file
 * @param power           the power transform
 * @param shift           {@code c} added before log or Box-Cox (0 for none)
 * @param boxCoxLambda    the Box-Cox lambda, null unless Box-Cox
 * @param seasonalPeriod  seasonal differencing lag, 0 for none
 * @param differenceOrder plain differencing order, 0 to 2
 * @param scaling         the scaler's kind (its parameters follow)
 * @param scalerShift     the value the scaler subtracts
 * @param scalerScale     the value the scaler divides by
 */
public record ColumnTransform(String column, TransformSpec.Power power, double shift, Double boxCoxLambda,
                              int seasonalPeriod, int differenceOrder, TransformSpec.Scaling scaling,
                              double scalerShift, double scalerScale) {

    /** The parameters of a fitted transform. */
    static ColumnTransform of(String column, SeriesTransform t) {
        TransformSpec s = t.spec();
        return new ColumnTransform(column, s.power(), s.shift(), Double.isNaN(t.lambda()) ? null : t.lambda(),
                s.seasonalPeriod(), s.differenceOrder(), s.scaling(), t.scaler().shift(), t.scaler().scale());
    }

    /** Leading values without a transformed value (lost to differencing). */
    public int lostValues() {
        return seasonalPeriod + differenceOrder;
    }

    /** Model-unit values of a raw series, index by index; NaN for the first {@link #lostValues()}. */
    public double[] forward(double[] raw) {
        double[] p = powers(raw);
        double[] s = seasonal(p);
        double[] z = new double[raw.length];
        for (int t = 0; t < raw.length; t++) {
            if (t < lostValues()) {
                z[t] = Double.NaN;
                continue;
            }
            double w = 0;
            for (int j = 0; j <= differenceOrder; j++) {
                w += coefficient(j) * s[t - j];
            }
            z[t] = (w - scalerShift) / scalerScale;
        }
        return z;
    }

    /**
     * Original-unit values of a model-unit path {@code z} for the indices right after {@code history}
     * (the raw values observed before the path's first index).
     */
    public double[] invert(double[] history, double[] z) {
        int origin = history.length;
        double[] hp = powers(history);
        double[] hs = seasonal(hp);
        double[] s = new double[z.length];
        double[] p = new double[z.length];
        double[] x = new double[z.length];
        for (int h = 0; h < z.length; h++) {
            int t = origin + h;
            double st = z[h] * scalerScale + scalerShift;
            for (int j = 1; j <= differenceOrder; j++) {
                st -= coefficient(j) * (t - j >= origin ? s[t - j - origin] : hs[t - j]);
            }
            s[h] = st;
            p[h] = seasonalPeriod == 0 ? st
                    : st + (t - seasonalPeriod >= origin ? p[t - seasonalPeriod - origin] : hp[t - seasonalPeriod]);
            x[h] = inversePower(p[h]);
        }
        return x;
    }

    private double[] powers(double[] raw) {
        double[] p = new double[raw.length];
        for (int t = 0; t < raw.length; t++) {
            double shifted = raw[t] + shift;
            p[t] = switch (power) {
                case NONE -> raw[t];
                case LOG -> Math.log(shifted);
                case LOG1P -> Math.log1p(shifted);
                case BOX_COX -> BoxCox.transform(shifted, boxCoxLambda);
            };
        }
        return p;
    }

    private double[] seasonal(double[] p) {
        int m = seasonalPeriod;
        double[] s = new double[p.length];
        for (int t = 0; t < p.length; t++) {
            s[t] = m == 0 ? p[t] : t >= m ? p[t] - p[t - m] : Double.NaN;
        }
        return s;
    }

    private double inversePower(double p) {
        return switch (power) {
            case NONE -> p;
            case LOG -> Math.exp(p) - shift;
            case LOG1P -> Math.expm1(p) - shift;
            case BOX_COX -> BoxCox.invert(p, boxCoxLambda) - shift;
        };
    }

    /** {@code (-1)^j * C(d, j)}: the weights of an order-d difference. */
    private double coefficient(int j) {
        int binomial = differenceOrder == 2 && j == 1 ? 2 : 1;
        return (j % 2 == 0 ? 1 : -1) * binomial;
    }
}

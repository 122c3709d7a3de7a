package org.lstmworkbench.model;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Orthogonal initialisation (Saxe et al. 2014), Keras' default for recurrent weights, which
 * DL4J's {@code WeightInit} enum lacks. Draws a Gaussian matrix from ND4J's seeded generator
 * (so a network's seed fixes it), takes the Q of its QR decomposition with the signs of
 * R's diagonal (so Q is uniformly distributed, as Keras does), and transposes when the matrix
 * is wider than tall, giving orthonormal rows there. Gain 1.
 *
 * @implNote The QR runs in Commons Math on the heap and only the thin m x n part of Q is formed, so an
 *     n x 4n recurrent matrix costs about 8 n^3 operations and 4 n^2 doubles (1024 cells: 10 s); the full
 *     4n x 4n Q took 42 s and 1.2 GB there. {@link LstmStack#MAX_UNITS} keeps n where this stays affordable.
 */
public final class OrthogonalInit implements IWeightInit {

    private static final long serialVersionUID = 1L;

    @Override
    public INDArray init(double fanIn, double fanOut, long[] shape, char order, INDArray paramView) {
        if (shape.length != 2) {
            throw new IllegalArgumentException("orthogonal init needs a 2-D weight shape, got rank " + shape.length);
        }
        int rows = Math.toIntExact(shape[0]);
        int cols = Math.toIntExact(shape[1]);
        double[][] q = orthogonal(rows, cols);
        INDArray w = Nd4j.create(q).castTo(paramView.dataType());
        paramView.assign(Nd4j.toFlattened(order, w).reshape(paramView.shape()));
        return paramView.reshape(order, shape);
    }

    /** A rows x cols matrix with orthonormal columns (rows >= cols) or rows (rows < cols). */
    static double[][] orthogonal(int rows, int cols) {
        boolean wide = rows < cols;
        int m = wide ? cols : rows;
        int n = wide ? rows : cols;
        double[][] a = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = Nd4j.getRandom().nextGaussian();
            }
        }
        ThinQr qr = new ThinQr(a);
        RealMatrix r = qr.getR();
        double[] diagonal = new double[n];
        for (int j = 0; j < n; j++) {
            diagonal[j] = r.getEntry(j, j);
        }
        double[][] q = new double[m][n];
        for (int j = 0; j < n; j++) {
            double sign = diagonal[j] < 0 ? -1.0 : 1.0;
            double[] column = qr.qColumn(j, diagonal);
            for (int i = 0; i < m; i++) {
                q[i][j] = column[i] * sign;
            }
        }
        return wide ? transpose(q) : q;
    }

    /**
     * Commons Math's Householder QR, keeping hold of its reflections so the first {@code n} columns of Q come
     * out alone: {@code getQ()} builds all of the m x m Q (for a 4096-cell layer 16384 x 16384, twice), where
     * orthogonal init needs only the thin m x n part. Column {@code j} is {@code H_0 ... H_j e_j}, the
     * reflections applied in the order and with the arithmetic {@code getQT()} uses, so the values are the
     * same to the bit as taking the columns of the full Q.
     */
    private static final class ThinQr extends QRDecomposition {
        /** The reflections, one row per column of the input (the transposed, overwritten input). */
        private double[][] reflections;

        ThinQr(double[][] a) {
            super(new Array2DRowRealMatrix(a, false));
        }

        @Override
        protected void decompose(double[][] transposed) {
            reflections = transposed;
            super.decompose(transposed);
        }

        /** Column {@code j} of Q; {@code diagonal} is R's diagonal, the reflections' scales. */
        double[] qColumn(int j, double[] diagonal) {
            int m = reflections[0].length;
            double[] v = new double[m];
            v[j] = 1.0;
            for (int minor = j; minor >= 0; minor--) {
                double[] h = reflections[minor];
                if (h[minor] == 0.0) {
                    continue;
                }
                double alpha = 0;
                for (int row = minor; row < m; row++) {
                    alpha -= v[row] * h[row];
                }
                alpha /= diagonal[minor] * h[minor];
                for (int row = minor; row < m; row++) {
                    v[row] += -alpha * h[row];
                }
            }
            return v;
        }
    }

    private static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrthogonalInit;
    }

    @Override
    public int hashCode() {
        return OrthogonalInit.class.hashCode();
    }
}

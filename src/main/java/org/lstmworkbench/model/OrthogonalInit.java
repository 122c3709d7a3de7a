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
 * @implNote The QR runs in Commons Math on the heap: cheap for the recurrent matrices of a few
 *     hundred cells this tool trains, slow (cubic) for thousands.
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
        QRDecomposition qr = new QRDecomposition(new Array2DRowRealMatrix(a, false));
        RealMatrix fullQ = qr.getQ();
        RealMatrix r = qr.getR();
        double[][] q = new double[m][n];
        for (int j = 0; j < n; j++) {
            double sign = r.getEntry(j, j) < 0 ? -1.0 : 1.0;
            for (int i = 0; i < m; i++) {
                q[i][j] = fullQ.getEntry(i, j) * sign;
            }
        }
        return wide ? transpose(q) : q;
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

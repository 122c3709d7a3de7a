package org.lstmworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class OrthogonalInitTest {

    /** The former way: the full m x m Q of Commons Math, its first n columns with R's signs. */
    private static double[][] fromFullQ(int rows, int cols) {
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
        RealMatrix q = qr.getQ();
        double[][] out = new double[wide ? n : m][wide ? m : n];
        for (int j = 0; j < n; j++) {
            double sign = qr.getR().getEntry(j, j) < 0 ? -1.0 : 1.0;
            for (int i = 0; i < m; i++) {
                double v = q.getEntry(i, j) * sign;
                if (wide) {
                    out[j][i] = v;
                } else {
                    out[i][j] = v;
                }
            }
        }
        return out;
    }

    @Test
    void thinQGivesTheSameValuesToTheBitAsTheFullQForTheSameSeed() {
        for (int[] shape : new int[][] {{7, 28}, {30, 9}, {12, 12}, {1, 4}}) {
            Nd4j.getRandom().setSeed(42);
            double[][] expected = fromFullQ(shape[0], shape[1]);
            Nd4j.getRandom().setSeed(42);
            double[][] actual = OrthogonalInit.orthogonal(shape[0], shape[1]);
            assertThat(actual).as(shape[0] + "x" + shape[1]).isDeepEqualTo(expected);
        }
    }

    @Test
    void aRecurrentMatrixOf256CellsHasOrthonormalRowsWithoutTheFullQ() {
        Nd4j.getRandom().setSeed(7);
        long started = System.nanoTime();
        double[][] w = OrthogonalInit.orthogonal(256, 1024);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(seconds).as("the full 1024 x 1024 Q took about 4x longer").isLessThan(5.0);
        for (int a : new int[] {0, 17, 255}) {
            for (int b : new int[] {0, 17, 255}) {
                double dot = 0;
                for (int k = 0; k < 1024; k++) {
                    dot += w[a][k] * w[b][k];
                }
                assertThat(dot).isCloseTo(a == b ? 1.0 : 0.0, org.assertj.core.data.Offset.offset(1e-12));
            }
        }
    }
}

package org.lstmworkbench.training.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.model.CellActivation;
import org.lstmworkbench.model.GateActivation;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The engine's activations and derivatives against ND4J's on the same inputs. */
class ElementKernelsTest {

    private static final int N = 4000;

    private static double[] inputs() {
        Random r = new Random(3);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            // wide and tiny magnitudes: pre-activations near 0 are where tanh formulas lose digits
            x[i] = i % 4 == 0 ? r.nextGaussian() * 1e-6 : r.nextGaussian() * 3;
        }
        return x;
    }

    @Test
    void tanhFromExpIsWithinAFewUlpsOfMathTanh() {
        double worst = 0;
        for (double x : inputs()) {
            double expected = Math.tanh(x);
            worst = Math.max(worst, Math.abs(ElementKernels.tanh(x) - expected) / Math.abs(expected));
        }
        assertThat(worst).isLessThan(1e-14);
        assertThat(ElementKernels.tanh(800)).isEqualTo(1.0);
        assertThat(ElementKernels.tanh(-800)).isEqualTo(-1.0);
        assertThat(ElementKernels.tanh(0.0)).isEqualTo(0.0);
    }

    @Test
    void cellActivationsAndDerivativesMatchNd4j() {
        for (CellActivation a : CellActivation.values()) {
            IActivation nd = switch (a) {
                case TANH -> Activation.TANH.getActivationFunction();
                case SIGMOID -> Activation.SIGMOID.getActivationFunction();
                case SOFTSIGN -> Activation.SOFTSIGN.getActivationFunction();
                case RELU -> Activation.RELU.getActivationFunction();
            };
            double[] x = inputs();
            double[] y = x.clone();
            ElementKernels.cell(a, y, 0, N);
            double[] d = new double[N];
            for (int i = 0; i < N; i++) {
                d[i] = ElementKernels.cellDerivative(a, y[i]);
            }
            compare(a.name(), nd, x, y, d);
        }
    }

    @Test
    void gateActivationsAndDerivativesMatchNd4j() {
        for (GateActivation g : GateActivation.values()) {
            IActivation nd = g == GateActivation.SIGMOID ? Activation.SIGMOID.getActivationFunction()
                    : Activation.HARDSIGMOID.getActivationFunction();
            double[] x = inputs();
            double[] y = x.clone();
            ElementKernels.gate(g, y, 0, N);
            double[] d = new double[N];
            for (int i = 0; i < N; i++) {
                d[i] = ElementKernels.gateDerivative(g, y[i]);
            }
            compare(g.name(), nd, x, y, d);
        }
    }

    @Test
    void derivativeAtZeroIsNd4jsDerivativeAtZero() {
        for (CellActivation a : CellActivation.values()) {
            double[] z = {0.0};
            ElementKernels.cell(a, z, 0, 1);
            assertThat(ElementKernels.cellDerivativeAtZero(a)).as(a.name())
                    .isEqualTo(ElementKernels.cellDerivative(a, z[0]));
        }
    }

    private static void compare(String what, IActivation nd, double[] x, double[] y, double[] d) {
        INDArray out = nd.getActivation(Nd4j.createFromArray(x.clone()), true);
        INDArray grad = nd.backprop(Nd4j.createFromArray(x.clone()), Nd4j.ones(org.nd4j.linalg.api.buffer.DataType.DOUBLE, x.length)).getFirst();
        double[] ey = out.toDoubleVector();
        double[] ed = grad.toDoubleVector();
        for (int i = 0; i < x.length; i++) {
            assertThat(y[i]).as("%s(%s)", what, x[i]).isCloseTo(ey[i], within(ey[i]));
            assertThat(d[i]).as("%s'(%s)", what, x[i]).isCloseTo(ed[i], within(ed[i]));
        }
    }

    /**
     * 1e-12 relative with a 1e-16 absolute floor: ND4J's own tanh loses digits near 0 (at
     * x = 1.5e-7 it is 1.3e-10 relative, 2e-17 absolute, from the exact value the engine computes).
     */
    private static org.assertj.core.data.Offset<Double> within(double expected) {
        return org.assertj.core.data.Offset.offset(Math.max(1e-12 * Math.abs(expected), 1e-16));
    }
}

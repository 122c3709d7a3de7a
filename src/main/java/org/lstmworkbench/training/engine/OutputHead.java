package org.lstmworkbench.training.engine;

/**
 * The dense output layer on the last step's h and its loss, as DL4J's {@code OutputLayer}
 * computes them: identity output with {@code LossMSE} (squared error divided by the number of
 * output columns) or {@code LossMAE} (absolute error, likewise divided), or softmax with
 * {@code LossMCXENT} (probabilities clipped to {@code [1e-10, 1 - 1e-10]} inside the log, gradient
 * {@code p - label}). Per-example losses are summed here; the engine divides by the number of
 * examples, as DL4J's score does. The gradient is DL4J's: summed over examples, not averaged
 * (DL4J's updater divides by the minibatch size).
 */
final class OutputHead {

    /** The output layer and loss the engine covers. */
    enum Kind {
        MSE, MAE, SOFTMAX_XENT
    }

    /** LossMCXENT's default clipping of softmax outputs inside the log. */
    private static final double SOFTMAX_CLIP = 1e-10;

    private final Kind kind;
    private final int nIn;
    private final int nOut;
    private final int wOff;
    private final int bOff;

    OutputHead(Kind kind, int nIn, int nOut, ParamLayout layout, int layer) {
        this.kind = kind;
        this.nIn = nIn;
        this.nOut = nOut;
        this.wOff = layout.block(layer, "W").offset();
        this.bOff = layout.block(layer, "b").offset();
    }

    int outputs() {
        return nOut;
    }

    /** Rows of the layer's input (the top LSTM's output). */
    int inputs() {
        return nIn;
    }

    /**
     * Outputs {@code y [nOut * b + k]} of the last-step vectors {@code hl [nIn * b + j]}.
     */
    void forward(double[] params, double[] hl, int mb, double[] y) {
        for (int b = 0; b < mb; b++) {
            for (int k = 0; k < nOut; k++) {
                double s = 0.0;
                int w = wOff + nIn * k;
                int x = nIn * b;
                for (int j = 0; j < nIn; j++) {
                    s += hl[x + j] * params[w + j];
                }
                y[nOut * b + k] = s + params[bOff + k];
            }
            if (kind == Kind.SOFTMAX_XENT) {
                softmax(y, nOut * b);
            }
        }
    }

    /**
     * The summed loss of outputs y against labels (both {@code [nOut * b + k]}, labels offset by
     * {@code labelOff}); when {@code dy} is given, fills it with dL/d(pre-activation).
     */
    double loss(double[] y, double[] labels, int labelOff, int mb, double[] dy) {
        double sum = 0.0;
        for (int b = 0; b < mb; b++) {
            double example = 0.0;
            for (int k = 0; k < nOut; k++) {
                int i = nOut * b + k;
                double p = y[i];
                double l = labels[labelOff + i];
                switch (kind) {
                    case MSE -> {
                        example += (p - l) * (p - l);
                        if (dy != null) {
                            dy[i] = 2 * (p - l) / nOut;
                        }
                    }
                    case MAE -> {
                        example += Math.abs(p - l);
                        if (dy != null) {
                            dy[i] = Math.signum(p - l) / nOut;
                        }
                    }
                    case SOFTMAX_XENT -> {
                        double clipped = Math.min(1 - SOFTMAX_CLIP, Math.max(SOFTMAX_CLIP, p));
                        example -= l * Math.log(clipped);
                        if (dy != null) {
                            dy[i] = p - l;
                        }
                    }
                }
            }
            sum += kind == Kind.SOFTMAX_XENT ? example : example / nOut;
        }
        return sum;
    }

    /** From dL/d(pre-activation) {@code dy}: the layer's W and b gradients and dL/d(hl). */
    void backward(double[] params, double[] hl, double[] dy, int mb, double[] grad, double[] dhl) {
        for (int k = 0; k < nOut; k++) {
            int w = wOff + nIn * k;
            for (int j = 0; j < nIn; j++) {
                double s = 0.0;
                for (int b = 0; b < mb; b++) {
                    s += hl[nIn * b + j] * dy[nOut * b + k];
                }
                grad[w + j] = s;
            }
            double s = 0.0;
            for (int b = 0; b < mb; b++) {
                s += dy[nOut * b + k];
            }
            grad[bOff + k] = s;
        }
        for (int b = 0; b < mb; b++) {
            for (int j = 0; j < nIn; j++) {
                double s = 0.0;
                for (int k = 0; k < nOut; k++) {
                    s += params[wOff + nIn * k + j] * dy[nOut * b + k];
                }
                dhl[nIn * b + j] = s;
            }
        }
    }

    private void softmax(double[] y, int off) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < nOut; k++) {
            max = Math.max(max, y[off + k]);
        }
        double sum = 0.0;
        for (int k = 0; k < nOut; k++) {
            y[off + k] = Math.exp(y[off + k] - max);
            sum += y[off + k];
        }
        for (int k = 0; k < nOut; k++) {
            y[off + k] /= sum;
        }
    }
}

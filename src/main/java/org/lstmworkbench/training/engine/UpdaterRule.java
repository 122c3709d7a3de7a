package org.lstmworkbench.training.engine;

import org.lstmworkbench.model.ScheduledAdaGrad;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * One DL4J updater configuration ({@link IUpdater}) as the engine applies it: its kind, its
 * constant hyper-parameters, and the configuration itself for the learning rate and momentum,
 * whose schedules ({@code ISchedule.valueAt(iteration, epoch)}) are DL4J's own objects, so every
 * schedule (fixed, step, exponential, the project's cosine; per epoch or per iteration) is
 * evaluated exactly as {@code MultiLayerNetwork.fit} evaluates it.
 *
 * <p>The element formulas are those of ND4J's native updater ops in 1.0.0-M2.1
 * ({@code adam_updater}, {@code rms_prop_updater}, {@code ada_grad_updater},
 * {@code nesterovs_updater}, {@code sgd_updater}), term for term, so that the same gradient gives
 * the same update to the last bit or nearly.
 */
final class UpdaterRule {

    /** The updaters the engine reproduces. */
    enum Kind {
        ADAM(2), RMSPROP(1), ADAGRAD(1), SGD(0), NESTEROVS(1);

        /** State values per parameter (Adam: m and v). */
        final int states;

        Kind(int states) {
            this.states = states;
        }
    }

    final Kind kind;
    final IUpdater config;
    /** Adam beta1, RMSprop decay; unused otherwise. */
    final double beta1;
    /** Adam beta2. */
    final double beta2;
    /** Adam, RMSprop and AdaGrad epsilon. */
    final double epsilon;

    private UpdaterRule(Kind kind, IUpdater config, double beta1, double beta2, double epsilon) {
        this.kind = kind;
        this.config = config;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    /** The rule of a DL4J updater configuration, or null when the engine does not reproduce it. */
    static UpdaterRule of(IUpdater u) {
        // exact classes: AMSGrad, Nadam, AdaMax... are other formulas and must fall back to DL4J
        if (u.getClass() == Adam.class) {
            Adam a = (Adam) u;
            return new UpdaterRule(Kind.ADAM, u, a.getBeta1(), a.getBeta2(), a.getEpsilon());
        }
        if (u.getClass() == RmsProp.class) {
            RmsProp r = (RmsProp) u;
            return new UpdaterRule(Kind.RMSPROP, u, r.getRmsDecay(), 0, r.getEpsilon());
        }
        // the project's ScheduledAdaGrad is AdaGrad's formula with a clone that keeps the schedule
        if (u.getClass() == AdaGrad.class || u.getClass() == ScheduledAdaGrad.class) {
            return new UpdaterRule(Kind.ADAGRAD, u, 0, 0, ((AdaGrad) u).getEpsilon());
        }
        if (u.getClass() == Sgd.class) {
            return new UpdaterRule(Kind.SGD, u, 0, 0, 0);
        }
        if (u.getClass() == Nesterovs.class) {
            return new UpdaterRule(Kind.NESTEROVS, u, 0, 0, 0);
        }
        return null;
    }

    /**
     * AdaGrad's running sum starts here whatever the configured epsilon: M2.1's
     * {@code AdaGradUpdater} initialises its state from its own field, fixed at 1e-6, and passes
     * the configuration's epsilon only to the update formula.
     */
    static final double ADAGRAD_INITIAL_STATE = 1e-6;

    /**
     * The state a freshly created DL4J updater starts from ({@code setStateViewArray(...,
     * initialize=true)}): RMSprop's running average at the configured epsilon, AdaGrad's sum at
     * {@link #ADAGRAD_INITIAL_STATE}, Adam's moments and Nesterov's velocity at 0.
     */
    double initialState() {
        return switch (kind) {
            case RMSPROP -> epsilon;
            case ADAGRAD -> ADAGRAD_INITIAL_STATE;
            default -> 0.0;
        };
    }

    /**
     * The learning rate DL4J's updater uses at this iteration and epoch: its schedule's value, or
     * its fixed rate, read from the built network's layer (M2.1's {@code AdaGrad.clone()} drops a
     * schedule, so the project builds a scheduled AdaGrad as {@link ScheduledAdaGrad}).
     */
    double learningRate(int iteration, int epoch) {
        return config.getLearningRate(iteration, epoch);
    }

    /**
     * Applies the updater to {@code g[from, to)} and the update to {@code p}: updates the state,
     * overwrites {@code g} with the update and subtracts it from {@code p} (DL4J's step function).
     * {@code lr} from {@link #learningRate}.
     */
    void apply(double[] p, double[] g, int from, int to, double[] s1, double[] s2, double lr, int iteration,
               int epoch) {
        switch (kind) {
            case ADAM -> adam(p, g, from, to, s1, s2, lr, iteration);
            case RMSPROP -> rmsProp(p, g, from, to, s1, lr);
            case ADAGRAD -> adaGrad(p, g, from, to, s1, lr);
            case SGD -> sgd(p, g, from, to, lr);
            case NESTEROVS -> nesterovs(p, g, from, to, s1, lr,
                    ((Nesterovs) config).currentMomentum(iteration, epoch));
        }
    }

    /**
     * adam_updater: bias correction folded into the step, {@code t = iteration + 1};
     * a non-finite or zero step size falls back to epsilon as the native op does.
     */
    private void adam(double[] p, double[] g, int from, int to, double[] m, double[] v, double lr, int iteration) {
        double b1 = beta1;
        double b2 = beta2;
        double eps = epsilon;
        double t = iteration;
        double beta1T = Math.pow(b1, t + 1);
        double beta2T = Math.pow(b2, t + 1);
        double stepSize = lr * Math.sqrt(1.0 - beta2T) / (1.0 - beta1T);
        if (Double.isNaN(stepSize) || stepSize == 0 || Double.isInfinite(stepSize)) {
            stepSize = eps;
        }
        double c1 = 1 - b1;
        double c2 = 1 - b2;
        for (int i = from; i < to; i++) {
            double gi = g[i];
            double mi = b1 * m[i] + gi * c1;
            double vi = b2 * v[i] + gi * gi * c2;
            m[i] = mi;
            v[i] = vi;
            double u = (mi * stepSize) / (Math.sqrt(vi) + eps);
            g[i] = u;
            p[i] -= u;
        }
    }

    /** rms_prop_updater: {@code s = s*decay + g^2 (1-decay); u = lr g / (sqrt(s) + eps)}. */
    private void rmsProp(double[] p, double[] g, int from, int to, double[] s, double lr) {
        double decay = beta1;
        double c = 1 - decay;
        double eps = epsilon;
        for (int i = from; i < to; i++) {
            double gi = g[i];
            double si = s[i] * decay + gi * gi * c;
            s[i] = si;
            double u = (lr * gi) / (Math.sqrt(si) + eps);
            g[i] = u;
            p[i] -= u;
        }
    }

    /** ada_grad_updater: {@code s = s + g^2; u = lr g / (sqrt(s) + eps)}. */
    private void adaGrad(double[] p, double[] g, int from, int to, double[] s, double lr) {
        double eps = epsilon;
        for (int i = from; i < to; i++) {
            double gi = g[i];
            double si = s[i] + gi * gi;
            s[i] = si;
            double u = (lr * gi) / (Math.sqrt(si) + eps);
            g[i] = u;
            p[i] -= u;
        }
    }

    /** sgd_updater: {@code u = g lr}. */
    private static void sgd(double[] p, double[] g, int from, int to, double lr) {
        for (int i = from; i < to; i++) {
            double u = g[i] * lr;
            g[i] = u;
            p[i] -= u;
        }
    }

    /**
     * nesterovs_updater: {@code p = mu v; v = p - lr g; u = p + (-mu - 1) v}.
     */
    private static void nesterovs(double[] p, double[] g, int from, int to, double[] v, double lr, double momentum) {
        double mt = -momentum - 1;
        for (int i = from; i < to; i++) {
            double prev = momentum * v[i];
            double vi = prev - lr * g[i];
            v[i] = vi;
            double u = prev + mt * vi;
            g[i] = u;
            p[i] -= u;
        }
    }
}

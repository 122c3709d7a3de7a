package org.lstmworkbench.training.engine;

import java.util.Locale;
import java.util.Random;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a timed test (tagged {@code benchmark}, left out of {@code mvn verify}): would a float engine
 * pay? Times the engine's hot loop of one LSTM layer (per step: the recurrent product, the gate
 * activations on the Vector API, the cell update; backward: the gate deltas and the recurrent
 * product of the deltas; then {@code dRW} over all steps) in double with {@code cblas_dgemm} and in
 * float with {@code cblas_sgemm}, at the bench's workload sizes, and prints float's speed-up. The
 * rest of an epoch (updater, evaluation, data) would gain less, so this is an upper bound.
 * Run: {@code mvn -o test -Dtest=PrecisionBenchmark -DexcludedGroups=none}.
 */
@Tag("benchmark")
class PrecisionBenchmark {

    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;

    /** lags, cells, batch, samples of the workloads airline, s-50, m-64, l-128, w-200. */
    private static final int[][] SIZES = {{12, 50, 16, 104}, {12, 50, 32, 150}, {24, 64, 32, 500},
        {48, 128, 64, 1000}, {12, 200, 32, 300}};

    @Test
    void floatAgainstDoubleOnTheHotLoop() {
        org.nd4j.linalg.factory.Nd4j.factory().blas().setMaxThreads(1);
        System.out.println("lags cells batch samples   double ms   float ms   float speed-up");
        for (int[] s : SIZES) {
            Loop d = new DoubleLoop(s[1], s[2], s[0]);
            Loop f = new FloatLoop(s[1], s[2], s[0]);
            int batches = (s[3] + s[2] - 1) / s[2];
            double bestD = Double.MAX_VALUE;
            double bestF = Double.MAX_VALUE;
            for (int round = 0; round < 7; round++) {
                bestD = Math.min(bestD, time(d, batches));
                bestF = Math.min(bestF, time(f, batches));
            }
            System.out.printf(Locale.ROOT, "%4d %5d %5d %7d %11.3f %10.3f %10.2fx%n", s[0], s[1], s[2], s[3],
                    bestD, bestF, bestD / bestF);
        }
    }

    /** Milliseconds of one epoch's minibatches (after a warm-up of the same). */
    private static double time(Loop loop, int batches) {
        for (int i = 0; i < 3 * batches; i++) {
            loop.pass();
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < 5 * batches; i++) {
            loop.pass();
        }
        return (System.nanoTime() - t0) / 1e6 / 5;
    }

    private interface Loop {
        void pass();
    }

    private static final class DoubleLoop implements Loop {
        final int h;
        final int mb;
        final int steps;
        final DoublePointer rw;
        final DoublePointer hPrev;
        final DoublePointer g;
        final DoublePointer dz;
        final DoublePointer dh;
        final DoublePointer drw;
        final DoublePointer hs;
        final double[] ga;
        final double[] gs;
        final double[] cs;

        DoubleLoop(int h, int mb, int steps) {
            this.h = h;
            this.mb = mb;
            this.steps = steps;
            Random r = new Random(1);
            double[] w = new double[h * 4 * h];
            for (int i = 0; i < w.length; i++) {
                w[i] = r.nextGaussian() * 0.1;
            }
            rw = new DoublePointer(w);
            hPrev = new DoublePointer((long) h * mb);
            g = new DoublePointer(4L * h * mb);
            dz = new DoublePointer(4L * h * mb * steps);
            dh = new DoublePointer((long) h * mb);
            drw = new DoublePointer(4L * h * h);
            hs = new DoublePointer((long) h * mb * steps);
            ga = new double[4 * h * mb];
            gs = new double[4 * h * mb * steps];
            cs = new double[h * mb * (steps + 1)];
        }

        @Override
        public void pass() {
            int w = 4 * h;
            for (int t = 0; t < steps; t++) {
                openblas.cblas_dgemm(openblas.CblasColMajor, openblas.CblasTrans, openblas.CblasNoTrans, w, mb, h,
                        1.0, rw, h, hPrev, h, 0.0, g, w);
                g.get(ga);
                for (int b = 0; b < mb; b++) {
                    int o = w * b;
                    int i = o;
                    for (int end = o + D.loopBound(w); i < end; i += D.length()) {
                        DoubleVector x = DoubleVector.fromArray(D, ga, i);
                        DoubleVector.broadcast(D, 1.0).div(x.neg().lanewise(VectorOperators.EXP).add(1.0))
                                .intoArray(ga, i);
                    }
                    for (; i < o + w; i++) {
                        ga[i] = 1 / (1 + Math.exp(-ga[i]));
                    }
                    for (int j = 0; j < h; j++) {
                        int c = h * (mb * t + b) + j;
                        cs[c + h * mb] = cs[c] * ga[o + h + j] + ga[o + 3 * h + j] * ga[o + j];
                    }
                }
                System.arraycopy(ga, 0, gs, w * mb * t, w * mb);
                hPrev.put(cs, h * mb * (t + 1), h * mb);
            }
            double[] d = new double[w * mb];
            for (int t = steps - 1; t >= 0; t--) {
                int base = w * mb * t;
                for (int k = 0; k < w * mb; k++) {
                    double y = gs[base + k];
                    d[k] = y * (1 - y) * cs[(h * mb * t + k % (h * mb))];
                }
                dz.position((long) base).put(d).position(0);
                openblas.cblas_dgemm(openblas.CblasColMajor, openblas.CblasNoTrans, openblas.CblasNoTrans, h, mb, w,
                        1.0, rw, h, dz.position((long) base), w, 0.0, dh, h);
                dz.position(0);
            }
            openblas.cblas_dgemm(openblas.CblasColMajor, openblas.CblasNoTrans, openblas.CblasTrans, h, w, mb * steps,
                    1.0, hs, h, dz, w, 0.0, drw, h);
        }
    }

    private static final class FloatLoop implements Loop {
        final int h;
        final int mb;
        final int steps;
        final FloatPointer rw;
        final FloatPointer hPrev;
        final FloatPointer g;
        final FloatPointer dz;
        final FloatPointer dh;
        final FloatPointer drw;
        final FloatPointer hs;
        final float[] ga;
        final float[] gs;
        final float[] cs;

        FloatLoop(int h, int mb, int steps) {
            this.h = h;
            this.mb = mb;
            this.steps = steps;
            Random r = new Random(1);
            float[] w = new float[h * 4 * h];
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) (r.nextGaussian() * 0.1);
            }
            rw = new FloatPointer(w);
            hPrev = new FloatPointer((long) h * mb);
            g = new FloatPointer(4L * h * mb);
            dz = new FloatPointer(4L * h * mb * steps);
            dh = new FloatPointer((long) h * mb);
            drw = new FloatPointer(4L * h * h);
            hs = new FloatPointer((long) h * mb * steps);
            ga = new float[4 * h * mb];
            gs = new float[4 * h * mb * steps];
            cs = new float[h * mb * (steps + 1)];
        }

        @Override
        public void pass() {
            int w = 4 * h;
            for (int t = 0; t < steps; t++) {
                openblas.cblas_sgemm(openblas.CblasColMajor, openblas.CblasTrans, openblas.CblasNoTrans, w, mb, h,
                        1.0f, rw, h, hPrev, h, 0.0f, g, w);
                g.get(ga);
                for (int b = 0; b < mb; b++) {
                    int o = w * b;
                    int i = o;
                    for (int end = o + F.loopBound(w); i < end; i += F.length()) {
                        FloatVector x = FloatVector.fromArray(F, ga, i);
                        FloatVector.broadcast(F, 1.0f).div(x.neg().lanewise(VectorOperators.EXP).add(1.0f))
                                .intoArray(ga, i);
                    }
                    for (; i < o + w; i++) {
                        ga[i] = (float) (1 / (1 + Math.exp(-ga[i])));
                    }
                    for (int j = 0; j < h; j++) {
                        int c = h * (mb * t + b) + j;
                        cs[c + h * mb] = cs[c] * ga[o + h + j] + ga[o + 3 * h + j] * ga[o + j];
                    }
                }
                System.arraycopy(ga, 0, gs, w * mb * t, w * mb);
                hPrev.put(cs, h * mb * (t + 1), h * mb);
            }
            float[] d = new float[w * mb];
            for (int t = steps - 1; t >= 0; t--) {
                int base = w * mb * t;
                for (int k = 0; k < w * mb; k++) {
                    float y = gs[base + k];
                    d[k] = y * (1 - y) * cs[(h * mb * t + k % (h * mb))];
                }
                dz.position((long) base).put(d).position(0);
                openblas.cblas_sgemm(openblas.CblasColMajor, openblas.CblasNoTrans, openblas.CblasNoTrans, h, mb, w,
                        1.0f, rw, h, dz.position((long) base), w, 0.0f, dh, h);
                dz.position(0);
            }
            openblas.cblas_sgemm(openblas.CblasColMajor, openblas.CblasNoTrans, openblas.CblasTrans, h, w, mb * steps,
                    1.0f, hs, h, dz, w, 0.0f, drw, h);
        }
    }
}

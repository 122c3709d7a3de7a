package org.lstmworkbench.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.experiment.RunRecord;
import org.lstmworkbench.experiment.SweepBenchmark;
import org.lstmworkbench.training.EnginePolicy;
import org.lstmworkbench.training.Nd4jRuntime;
import org.lstmworkbench.training.PerRunTrainer;
import org.lstmworkbench.model.Precision;

/**
 * {@code bench --workload A,B,... --precision both}: whole runs of each workload on the fast engine
 * in double and in float, interleaved in one process (rounds alternate which precision goes first,
 * after one untimed run of each, so drifting load falls on both alike), then per precision the min and median
 * over rounds of the milliseconds per run-epoch (whole runs: data preparation, warm-up, the
 * per-epoch evaluation) and of the steady epochs, float's speed-up, the largest relative
 * difference of float's losses from double's and whether every run's diagnosis label agrees.
 * Prints the load average (1-minute) before and after each workload: the figures are only
 * comparable within one sitting.
 */
final class PrecisionBench {

    /** Float is offered only where it is at least this much faster per epoch (the bar). */
    static final double OFFER_SPEEDUP = 1.5;
    /** Float's losses count as agreeing with double's within this relative difference. */
    static final double AGREE = 1e-3;

    private final PrintWriter out;
    private final int threads;
    private final int rounds;

    PrecisionBench(PrintWriter out, int threads, int rounds) {
        if (rounds < 3) {
            throw new WorkbenchException("--rounds must be at least 3 (min and median of 3 or more), got " + rounds);
        }
        this.out = out;
        this.threads = threads;
        this.rounds = rounds;
    }

    /** Compares the precisions on each named workload; 0 when all labels agree and the losses are close. */
    int run(List<String> names, String data) {
        Nd4jRuntime.ensureStarted();
        out.printf(Locale.ROOT, "Java %s, %d cores, %d workers, %d interleaved rounds per precision%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), threads, rounds);
        out.printf(Locale.ROOT, "%-8s %-7s %13s %13s %13s %13s%n", "workload", "prec", "whole min", "whole median",
                "steady min", "steady med");
        boolean agree = true;
        String before = System.getProperty(Precision.PROPERTY);
        try {
            for (String name : names) {
                agree &= compare(SweepBenchmark.workload(name, data));
            }
        } finally {
            restore(before);
        }
        out.flush();
        return agree ? 0 : 1;
    }

    private boolean compare(SweepBenchmark.Workload w) {
        double loadBefore = load();
        // one untimed run of each first: the JIT compiles the code both share (data preparation,
        // the updater, the evaluation) and each precision's own kernels, as in a long-lived window
        for (Precision p : Precision.values()) {
            System.setProperty(Precision.PROPERTY, p.id());
            SweepBenchmark.time(w, p.id(), new PerRunTrainer(EnginePolicy.AUTO), threads);
        }
        List<SweepBenchmark.Timing> dbl = new ArrayList<>();
        List<SweepBenchmark.Timing> flt = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            boolean doubleFirst = r % 2 == 0;
            for (Precision p : doubleFirst ? List.of(Precision.DOUBLE, Precision.FLOAT)
                    : List.of(Precision.FLOAT, Precision.DOUBLE)) {
                System.setProperty(Precision.PROPERTY, p.id());
                SweepBenchmark.Timing t = SweepBenchmark.time(w, p.id(), new PerRunTrainer(EnginePolicy.AUTO), threads);
                (p == Precision.DOUBLE ? dbl : flt).add(t);
            }
        }
        double[] dWhole = whole(dbl);
        double[] fWhole = whole(flt);
        double[] dSteady = dbl.stream().mapToDouble(SweepBenchmark.Timing::steadyMillisPerEpoch).sorted().toArray();
        double[] fSteady = flt.stream().mapToDouble(SweepBenchmark.Timing::steadyMillisPerEpoch).sorted().toArray();
        print(w.name(), "double", dWhole, dSteady);
        print(w.name(), "float", fWhole, fSteady);
        double rel = SweepBenchmark.maxRelativeLossDifference(dbl.get(0), flt.get(0));
        int same = 0;
        int runs = 0;
        for (Map.Entry<String, RunRecord> e : dbl.get(0).records().entrySet()) {
            RunRecord f = flt.get(0).records().get(e.getKey());
            runs++;
            if (f != null && f.label().equals(e.getValue().label())) {
                same++;
            }
        }
        String engine = flt.get(0).records().values().iterator().next().engine();
        double wholeSpeedup = median(dWhole) / median(fWhole);
        double steadySpeedup = median(dSteady) / median(fSteady);
        boolean ok = same == runs && rel <= AGREE;
        out.printf(Locale.ROOT, "%-8s float speed-up (medians): whole %.2fx, steady %.2fx; %s %.1fx; losses vs double: "
                        + "max relative difference %.1e (%s); labels equal in %d of %d runs; float runs' engine: %s; "
                        + "load average %.2f -> %.2f%n",
                w.name(), wholeSpeedup, steadySpeedup, Math.max(wholeSpeedup, steadySpeedup) >= OFFER_SPEEDUP
                        ? "reaches" : "below", OFFER_SPEEDUP, rel, rel <= AGREE ? "agree" : "DIFFER", same, runs,
                engine, loadBefore, load());
        out.flush();
        return ok;
    }

    /** Milliseconds per run-epoch of each round's whole workload (the workers train runs side by side), sorted. */
    private double[] whole(List<SweepBenchmark.Timing> ts) {
        return ts.stream().mapToDouble(t -> t.wallMillis() * (double) Math.min(threads, t.runs())
                / Math.max(1, t.epochs())).sorted().toArray();
    }

    private void print(String name, String precision, double[] whole, double[] steady) {
        out.printf(Locale.ROOT, "%-8s %-7s %13.2f %13.2f %13.3f %13.3f   rounds (sorted) %s%n", name, precision, whole[0],
                median(whole), steady[0], median(steady), Arrays.toString(Arrays.stream(whole)
                        .map(v -> Math.round(v * 100) / 100.0).toArray()));
        out.flush();
    }

    static double median(double[] sorted) {
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void restore(String before) {
        if (before == null) {
            System.clearProperty(Precision.PROPERTY);
        } else {
            System.setProperty(Precision.PROPERTY, before);
        }
    }
}

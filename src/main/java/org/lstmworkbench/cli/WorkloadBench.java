package org.lstmworkbench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.experiment.SweepBenchmark;
import org.lstmworkbench.experiment.SweepRunner;
import org.lstmworkbench.training.BatchTrainer;
import org.lstmworkbench.training.EnginePolicy;
import org.lstmworkbench.training.PerRunTrainer;
import org.lstmworkbench.model.Precision;

/**
 * {@code bench --workload NAME}: times a workload on DL4J's fit and on the fast engine (one
 * network per run either way, as many at once as workers), and compares the engine's losses with
 * DL4J's.
 */
final class WorkloadBench {

    private final PrintWriter out;
    private final int threads;

    WorkloadBench(PrintWriter out, Integer threads) {
        if (threads != null && threads < 1) {
            throw new WorkbenchException("--threads must be at least 1, got " + threads);
        }
        this.out = out;
        this.threads = threads == null ? SweepRunner.defaultThreads() : threads;
    }

    /** The paths a workload can be timed on, in the order {@code all} runs them. */
    static final List<String> PATHS = List.of("dl4j", "engine");

    int run(String name, String path, String data) {
        if (!path.equals("all") && !PATHS.contains(path)) {
            throw new WorkbenchException("--path must be dl4j, engine or all, got '" + path + "'");
        }
        if (ClassifierBench.NAME.equals(name)) {
            return ClassifierBench.run(out);
        }
        if (Seq2SeqBench.NAME.equals(name)) {
            return Seq2SeqBench.run(out);
        }
        SweepBenchmark.Workload w = SweepBenchmark.workload(name, data);
        BenchStart.print(out, threads);
        out.printf(Locale.ROOT, "workload %s: %s (%d runs)%n", w.name(), w.description(), w.experiment().size());
        out.printf(Locale.ROOT, "%-6s %10s %10s %12s %12s %12s  %s%n", "path", "wall s", "runs/s", "epochs/s",
                "ms/epoch", "steady ms", "trainer");
        out.flush();
        boolean single = Precision.fromSystem() == Precision.FLOAT;
        Map<String, SweepBenchmark.Timing> timed = new LinkedHashMap<>();
        for (String p : path.equals("all") ? PATHS : List.of(path)) {
            BatchTrainer trainer = new PerRunTrainer(p.equals("dl4j") ? EnginePolicy.DL4J : EnginePolicy.AUTO);
            SweepBenchmark.Timing t = SweepBenchmark.time(w, p, trainer, threads);
            timed.put(p, t);
            print(t, p.equals("dl4j") ? "one network per run, DL4J's fit"
                    : "one network per run, the fast engine where it applies" + (single ? ", in float" : ""));
        }
        SweepBenchmark.Timing reference = timed.get("dl4j");
        // a float engine is compared with DL4J's double fit at float's tolerance, not at double's
        double tolerance = single ? PrecisionBench.AGREE : SweepBenchmark.TOLERANCE;
        boolean same = true;
        for (SweepBenchmark.Timing t : timed.values()) {
            if (reference != null && t != reference) {
                double rel = SweepBenchmark.maxRelativeLossDifference(reference, t);
                boolean ok = rel <= tolerance;
                same &= ok;
                out.printf(Locale.ROOT, "%s: %.2fx the speed of dl4j; losses equal to dl4j's: %s (max relative "
                        + "difference %.1e over %d runs, tolerance %.0e)%n", t.path(),
                        (double) reference.wallMillis() / Math.max(1, t.wallMillis()), ok ? "yes" : "NO", rel,
                        t.runs(), tolerance);
            }
        }
        out.flush();
        return same ? 0 : 1;
    }

    private void print(SweepBenchmark.Timing t, String trainer) {
        // per run's epoch: the workers train runs side by side
        double msPerEpoch = t.wallMillis() * (double) Math.min(threads, t.runs()) / Math.max(1, t.epochs());
        out.printf(Locale.ROOT, "%-6s %10.2f %10.2f %12.0f %12.2f %12.3f  %s%n", t.path(), t.wallMillis() / 1000.0,
                t.runsPerSecond(), t.epochsPerSecond(), msPerEpoch, t.steadyMillisPerEpoch(), trainer);
        out.flush();
    }
}

package org.lstmworkbench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.experiment.SweepBenchmark;
import org.lstmworkbench.experiment.SweepRunner;
import org.lstmworkbench.training.FusedBatchTrainer;
import org.lstmworkbench.training.Nd4jRuntime;
import org.lstmworkbench.training.PerRunTrainer;

/** {@code bench --workload NAME}: times a sweep workload on the plain and the fast path and compares their losses. */
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

    int run(String name, String path, String data) {
        if (!path.equals("plain") && !path.equals("fast") && !path.equals("both")) {
            throw new WorkbenchException("--path must be plain, fast or both, got '" + path + "'");
        }
        if (ClassifierBench.NAME.equals(name)) {
            return ClassifierBench.run(out);
        }
        SweepBenchmark.Workload w = SweepBenchmark.workload(name, data);
        long start = System.nanoTime();
        Nd4jRuntime.ensureStarted();
        out.printf(Locale.ROOT, "Java %s, %d cores, %d workers, load average %.2f; ND4J started in %.1f s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), threads,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                (System.nanoTime() - start) / 1e9);
        out.printf(Locale.ROOT, "workload %s: %s (%d runs)%n", w.name(), w.description(), w.experiment().size());
        out.printf(Locale.ROOT, "%-6s %10s %10s %12s  %s%n", "path", "wall s", "runs/s", "epochs/s", "trainer");
        out.flush();
        SweepBenchmark.Timing plain = null;
        SweepBenchmark.Timing fast = null;
        if (!path.equals("fast")) {
            plain = SweepBenchmark.time(w, "plain", new PerRunTrainer(), threads);
            print(plain, "one network per run");
        }
        if (!path.equals("plain")) {
            var trainer = w.experiment().trainer(threads);
            fast = SweepBenchmark.time(w, "fast", trainer, threads);
            print(fast, trainer instanceof FusedBatchTrainer f
                    ? "fused, up to " + f.maxBatchSize() + " runs per network" : "one network per run (cannot fuse)");
        }
        if (plain != null && fast != null) {
            double diff = SweepBenchmark.maxLossDifference(plain, fast);
            boolean same = diff <= SweepBenchmark.TOLERANCE;
            out.printf(Locale.ROOT, "speed-up %.1fx; fast = plain: %s (max |loss difference| %.2e over %d runs, "
                    + "tolerance %.0e)%n", (double) plain.wallMillis() / Math.max(1, fast.wallMillis()),
                    same ? "yes" : "NO", diff, plain.runs(), SweepBenchmark.TOLERANCE);
            out.flush();
            return same ? 0 : 1;
        }
        out.flush();
        return 0;
    }

    private void print(SweepBenchmark.Timing t, String trainer) {
        out.printf(Locale.ROOT, "%-6s %10.2f %10.2f %12.0f  %s%n", t.path(), t.wallMillis() / 1000.0,
                t.runsPerSecond(), t.epochsPerSecond(), trainer);
        out.flush();
    }
}

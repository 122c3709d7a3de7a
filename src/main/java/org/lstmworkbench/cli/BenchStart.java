package org.lstmworkbench.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.lstmworkbench.training.Nd4jRuntime;

/** Starts ND4J for a bench workload and prints the first line every workload's figures need. */
final class BenchStart {

    private BenchStart() {
    }

    /**
     * Starts ND4J and prints {@code Java 17.0.15, 2 cores[, 2 workers], load average 1.40; ND4J started in 0.2 s}:
     * the load average belongs beside every figure.
     *
     * @param workers worker threads the workload runs on, or 0 to leave them out
     */
    static void print(PrintWriter out, int workers) {
        long start = System.nanoTime();
        Nd4jRuntime.ensureStarted();
        out.printf(Locale.ROOT, "Java %s, %d cores, %sload average %.2f; ND4J started in %.1f s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                workers > 0 ? workers + " workers, " : "",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), (System.nanoTime() - start) / 1e9);
    }
}

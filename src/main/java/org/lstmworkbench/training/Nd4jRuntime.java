package org.lstmworkbench.training;

import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One-time ND4J set-up for the small networks this tool trains: one native (OpenMP) thread per
 * training run, so that several runs on several threads never oversubscribe the cores, and op
 * profiling off. Measured on 2 cores: one OMP thread made the seed's toy 1.6x faster, profiling
 * off another ~15% (see README, "Benchmarks").
 *
 * @implNote Thread-safe; the first call loads the native libraries, which takes seconds on a
 *     cold start (unpacking into {@code ~/.javacpp/cache}).
 */
public final class Nd4jRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(Nd4jRuntime.class);
    private static volatile boolean ready;

    private Nd4jRuntime() {
    }

    /** Loads and configures ND4J once; later calls return at once. */
    public static void ensureStarted() {
        if (ready) {
            return;
        }
        synchronized (Nd4jRuntime.class) {
            if (ready) {
                return;
            }
            long start = System.nanoTime();
            setNativeThreads(1);
            Nd4j.getExecutioner().setProfilingMode(OpExecutioner.ProfilingMode.DISABLED);
            Nd4j.getEnvironment().setProfiling(false);
            ready = true;
            LOG.info("ND4J ready in {} ms ({})", (System.nanoTime() - start) / 1_000_000,
                    Nd4j.getBackend().getClass().getSimpleName());
        }
    }

    /**
     * Sets ND4J's native threads (its own pool and OpenBLAS). One per run is right for this
     * tool's small networks; the benchmark changes it to measure that claim.
     */
    public static void setNativeThreads(int threads) {
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }

    /** Whether {@link #ensureStarted()} has finished. */
    public static boolean isStarted() {
        return ready;
    }
}

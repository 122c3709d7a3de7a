package org.lstmworkbench.ui.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import org.lstmworkbench.training.EpochMetrics;

/**
 * Carries epochs from training threads to the {@link LossChart}: training threads
 * {@link #offer} into a lock-free queue, and once per JavaFX pulse an {@link AnimationTimer}
 * {@link #drain drains} it, so the chart is updated at most once per series per frame however
 * fast epochs arrive (never one {@code Platform.runLater} per epoch), and less often when
 * redrawing is expensive (see {@link #start()}).
 *
 * @implNote {@link #offer} is thread-safe and never blocks. {@link #drain}, {@link #start},
 *     {@link #stop} and the listeners run on the FX thread only. Per run, epochs are delivered
 *     in the order they were offered (one queue, FIFO).
 */
public final class EpochCoalescer {

    private record Pending(String runId, EpochMetrics metrics) {
    }

    /**
     * Default cap on epochs moved per pulse: 300,000 a second at 60 pulses, far above what
     * training produces, yet a burst (a finished run's whole history at once) is spread over a
     * few frames instead of blocking one.
     */
    public static final int DEFAULT_MAX_PER_DRAIN = 5000;

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private final LossChart chart;
    private final int maxPerDrain;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final List<Consumer<Map<String, List<EpochMetrics>>>> listeners = new CopyOnWriteArrayList<>();
    private long nextDrainAt;
    private long longestDrainNanos;
    private long longestDrainCpuNanos;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (now < nextDrainAt) {
                return;
            }
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            if (drain() > 0) {
                long took = System.nanoTime() - start;
                longestDrainNanos = Math.max(longestDrainNanos, took);
                longestDrainCpuNanos = Math.max(longestDrainCpuNanos, THREADS.getCurrentThreadCpuTime() - cpuStart);
                // keep the chart to at most a third of the FX thread: after a drain (and redraw)
                // that took t, wait 2t before the next; cheap drains run every pulse
                nextDrainAt = now + 2 * took;
            }
        }
    };

    /** A coalescer feeding {@code chart}; call {@link #start()} to drain on every pulse. */
    public EpochCoalescer(LossChart chart) {
        this(chart, DEFAULT_MAX_PER_DRAIN);
    }

    /** A coalescer moving at most {@code maxPerDrain} epochs per {@link #drain()}. */
    public EpochCoalescer(LossChart chart, int maxPerDrain) {
        if (maxPerDrain < 1) {
            throw new IllegalArgumentException("maxPerDrain must be >= 1, got " + maxPerDrain);
        }
        this.chart = Objects.requireNonNull(chart, "chart");
        this.maxPerDrain = maxPerDrain;
    }

    /** How many epochs wait for the next drain (approximate while threads offer). */
    public int pending() {
        return queue.size();
    }

    /** Queues one epoch of a run; callable from any thread. */
    public void offer(String runId, EpochMetrics metrics) {
        queue.add(new Pending(Objects.requireNonNull(runId, "runId"), Objects.requireNonNull(metrics, "metrics")));
    }

    /**
     * Moves what is queued (the oldest {@code maxPerDrain} epochs at most; the rest waits for the
     * next pulse) to the chart, grouped per run (one {@link LossChart#appendEpochs}
     * per run, inside one chart notification), then tells the listeners. Epochs of runs that
     * are not (or no longer) on the chart still reach the listeners. FX thread only.
     *
     * @return how many epochs were delivered
     */
    public int drain() {
        Map<String, List<EpochMetrics>> batch = new LinkedHashMap<>();
        int count = 0;
        for (Pending p; count < maxPerDrain && (p = queue.poll()) != null; count++) {
            batch.computeIfAbsent(p.runId(), k -> new ArrayList<>()).add(p.metrics());
        }
        if (count == 0) {
            return 0;
        }
        // one batch: axes re-ranged and chart redrawn once per pulse, not once per run
        chart.batch(() -> batch.forEach((runId, epochs) -> {
            // a run removed while its last epochs were queued is a normal race, not an error
            if (chart.hasRun(runId)) {
                chart.appendEpochs(runId, epochs);
            }
        }));
        Map<String, List<EpochMetrics>> view = Collections.unmodifiableMap(batch);
        for (Consumer<Map<String, List<EpochMetrics>>> l : listeners) {
            l.accept(view);
        }
        return count;
    }

    /** The longest pulse drain so far (chart update and redraw included), wall clock, for benchmarks. */
    double longestDrainMillis() {
        return longestDrainNanos / 1e6;
    }

    /** The FX thread's CPU time in the longest-CPU pulse drain so far (unaffected by other processes). */
    double longestDrainCpuMillis() {
        return longestDrainCpuNanos / 1e6;
    }

    /**
     * Starts draining on the pulse: every pulse while a drain (with its redraw) is cheap; when
     * one took t, the next waits 2t, so a chart with many long curves updates less often
     * instead of starving the rest of the UI. FX thread only.
     */
    public void start() {
        timer.start();
    }

    /** Stops the pulse drain (what is queued stays until the next {@link #drain}). FX thread only. */
    public void stop() {
        timer.stop();
    }

    /** Calls {@code listener} on the FX thread after each non-empty drain with the epochs per run. */
    public void addListener(Consumer<Map<String, List<EpochMetrics>>> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener added with {@link #addListener}. */
    public void removeListener(Consumer<Map<String, List<EpochMetrics>>> listener) {
        listeners.remove(listener);
    }
}

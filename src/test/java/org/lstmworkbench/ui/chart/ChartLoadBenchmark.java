package org.lstmworkbench.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.lstmworkbench.training.EpochMetrics;

/**
 * Load benchmark of the live chart: {@code runs} x {@code epochs} streamed from background
 * threads through {@link EpochCoalescer} into a shown {@link LossChartView} as fast as the
 * threads can offer, while an {@link AnimationTimer} records the gap between pulses (the
 * longest gap is the longest time the FX thread was blocked, drawing included: JFreeChart's
 * canvas redraws inside the drain). Heap is measured after GC with the empty runs shown and
 * again with every point delivered, the chart still referenced.
 *
 * <p>Needs a running JavaFX toolkit (Monocle headless in tests); call off the FX thread.
 */
public final class ChartLoadBenchmark {

    /** What one benchmark run measured. */
    public record Result(int runs, int epochs, long points, int pulses, int drains, double maxPulseGapMs,
                         double p99PulseGapMs, double medianPulseGapMs, double maxDrainMs, double maxDrainCpuMs,
                         double renderCpuMs, double streamMs, long heapBytes, double loadAverage) {

        /** Heap per raw point held (raw and smoothed series, items and their boxed numbers). */
        public double bytesPerPoint() {
            return points == 0 ? 0 : (double) heapBytes / points;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "%d runs x %d epochs = %d raw points: %d pulses, %d drains, longest pulse gap %.1f ms "
                            + "(p99 %.1f, median %.1f), longest drain incl. redraw %.1f ms (FX-thread CPU %.1f ms), "
                            + "render-thread CPU %.0f ms in all, "
                            + "all delivered in %.0f ms, heap %.1f MB (%.0f bytes/point), load average %.1f",
                    runs, epochs, points, pulses, drains, maxPulseGapMs, p99PulseGapMs, medianPulseGapMs, maxDrainMs,
                    maxDrainCpuMs, renderCpuMs, streamMs,
                    heapBytes / 1e6, bytesPerPoint(), loadAverage);
        }
    }

    private ChartLoadBenchmark() {
    }

    /** Runs the benchmark once; see the class comment. */
    public static Result run(int runs, int epochs) throws InterruptedException {
        Setup s = FxThread.call(() -> setUp(runs));
        // after the window is up: what grows from here is the histories (and their drawing)
        long heapBefore = usedHeapAfterGc();
        List<Long> gaps = s.gaps;
        AtomicInteger delivered = new AtomicInteger();
        AtomicInteger drains = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        FxThread.run(() -> s.coalescer.addListener(batch -> {
            drains.incrementAndGet();
            int n = batch.values().stream().mapToInt(List::size).sum();
            if (delivered.addAndGet(n) == runs * epochs) {
                done.countDown();
            }
        }));
        ExecutorService producers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "benchmark-producer");
            t.setDaemon(true);
            return t;
        });
        long renderCpuBefore = renderThreadCpu();
        long start = System.nanoTime();
        for (int r = 0; r < runs; r++) {
            int run = r;
            producers.execute(() -> produce(s.coalescer, "run" + run, run, epochs));
        }
        boolean finished = done.await(10, TimeUnit.MINUTES);
        double streamMs = (System.nanoTime() - start) / 1e6;
        producers.shutdown();
        Thread.sleep(500); // let the last redraw and a few idle pulses happen
        double renderCpuMs = (renderThreadCpu() - renderCpuBefore) / 1e6;
        FxThread.run(() -> {
            s.timer.stop();
            s.coalescer.stop();
        });
        if (!finished) {
            throw new IllegalStateException("only " + delivered.get() + " of " + runs * epochs + " epochs arrived");
        }
        long points = FxThread.call(() -> {
            long p = 0;
            for (String id : s.chart.runIds()) {
                p += s.chart.pointCount(id, false) + s.chart.pointCount(id, true);
            }
            return p;
        });
        long heap = usedHeapAfterGc() - heapBefore;
        List<Long> sorted;
        synchronized (gaps) {
            sorted = new ArrayList<>(gaps);
        }
        sorted.sort(null);
        FxThread.run(s.stage::close);
        return new Result(runs, epochs, points, sorted.size() + 1, drains.get(), ms(at(sorted, 1.0)),
                ms(at(sorted, 0.99)), ms(at(sorted, 0.5)), s.coalescer.longestDrainMillis(), s.coalescer.longestDrainCpuMillis(), renderCpuMs, streamMs, heap,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private record Setup(LossChart chart, EpochCoalescer coalescer, AnimationTimer timer, List<Long> gaps,
                         Stage stage) {
    }

    private static Setup setUp(int runs) {
        LossChart chart = new LossChart();
        LossChartView view = new LossChartView(chart);
        for (int r = 0; r < runs; r++) {
            chart.addRun("run" + r, "run " + (r + 1), r);
        }
        chart.setBaselines(0.06, 0.12);
        view.smoothingProperty().set(Double.parseDouble(System.getProperty("bench.smoothing", "0.6")));
        view.tracesVisibleProperty().set(!Boolean.getBoolean("bench.notraces"));
        Stage stage = new Stage();
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
        EpochCoalescer coalescer = new EpochCoalescer(chart);
        List<Long> gaps = new ArrayList<>();
        AnimationTimer timer = new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                if (last >= 0) {
                    synchronized (gaps) {
                        gaps.add(now - last);
                    }
                }
                last = now;
            }
        };
        timer.start();
        coalescer.start();
        return new Setup(chart, coalescer, timer, gaps, stage);
    }

    private static void produce(EpochCoalescer coalescer, String runId, int seed, int epochs) {
        Random rnd = new Random(seed);
        for (int e = 1; e <= epochs; e++) {
            double train = (0.02 + 0.3 * Math.exp(-e / 300.0)) * (1 + 0.05 * rnd.nextGaussian());
            double val = (0.035 + 0.3 * Math.exp(-e / 350.0) + (e > 1200 ? 2e-5 * (e - 1200) : 0))
                    * (1 + 0.08 * rnd.nextGaussian());
            coalescer.offer(runId, EpochMetrics.regression(e, train, val, train, val, 0.001, e));
        }
    }

    /** CPU time of JavaFX's render thread(s) so far: rasterising what the FX thread recorded. */
    private static long renderThreadCpu() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("QuantumRenderer")) {
                total += Math.max(0, threads.getThreadCpuTime(t.getId()));
            }
        }
        return total;
    }

    private static long at(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * (sorted.size() - 1))));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}

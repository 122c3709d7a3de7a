package org.lstmworkbench.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.training.EpochMetrics;

class EpochCoalescerTest {

    private static final int THREADS = 4;
    private static final int PER_THREAD = 250;

    @Test
    void deliversEveryEpochFromFourThreadsInOrderPerRunWithFewDrains() throws Exception {
        LossChart chart = FxThread.call(() -> {
            LossChart c = new LossChart();
            for (int t = 0; t < THREADS; t++) {
                c.addRun("run" + t, "run " + t, t);
            }
            return c;
        });
        EpochCoalescer coalescer = new EpochCoalescer(chart);
        List<Map<String, List<EpochMetrics>>> delivered = new ArrayList<>();
        AtomicInteger trainEvents = new AtomicInteger();
        FxThread.run(() -> {
            coalescer.addListener(delivered::add);
            chart.rawSeries("run0", false).addChangeListener(e -> trainEvents.incrementAndGet());
        });

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        for (int t = 0; t < THREADS; t++) {
            String run = "run" + t;
            pool.execute(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int e = 1; e <= PER_THREAD; e++) {
                    coalescer.offer(run, EpochMetrics.regression(e, 1.0 / e, 2.0 / e, 1, 1, 0.001, e));
                }
            });
        }
        go.countDown();
        int drains = 0;
        int total = 0;
        // drain while producers run, as the pulse would, until everything arrived
        while (total < THREADS * PER_THREAD && drains < 10_000) {
            int n = FxThread.call(coalescer::drain);
            if (n > 0) {
                drains++;
                total += n;
            }
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(total).isEqualTo(THREADS * PER_THREAD);
        assertThat(drains).isLessThan(THREADS * PER_THREAD / 10);
        assertThat(delivered).hasSize(drains);
        FxThread.run(() -> {
            for (int t = 0; t < THREADS; t++) {
                var train = chart.rawSeries("run" + t, false);
                assertThat(train.getItemCount()).isEqualTo(PER_THREAD);
                for (int i = 0; i < PER_THREAD; i++) {
                    assertThat(train.getX(i).intValue()).isEqualTo(i + 1);
                }
                assertThat(chart.pointCount("run" + t, true)).isEqualTo(PER_THREAD);
            }
        });
        // one change event per drain that carried run0's epochs, never one per epoch
        long drainsWithRun0 = delivered.stream().filter(m -> m.containsKey("run0")).count();
        assertThat(trainEvents.get()).isEqualTo((int) drainsWithRun0);
        List<Integer> run0Order = delivered.stream()
                .flatMap(m -> m.getOrDefault("run0", List.of()).stream())
                .map(EpochMetrics::epoch).toList();
        assertThat(run0Order).hasSize(PER_THREAD).isSorted();
    }

    @Test
    void epochsOfARunNotOnTheChartStillReachListeners() {
        FxThread.run(() -> {
            LossChart chart = new LossChart();
            EpochCoalescer coalescer = new EpochCoalescer(chart);
            List<Map<String, List<EpochMetrics>>> seen = new ArrayList<>();
            coalescer.addListener(seen::add);
            coalescer.offer("gone", EpochMetrics.regression(1, 0.5, 0.6, 1, 1, 0.001, 1));
            assertThat(coalescer.drain()).isEqualTo(1);
            assertThat(seen).hasSize(1);
            assertThat(seen.get(0).get("gone")).hasSize(1);
            assertThat(coalescer.drain()).isZero();
            assertThat(seen).hasSize(1);
        });
    }

    @Test
    void aBurstIsSpreadOverDrainsOfAtMostTheCapInOrder() {
        FxThread.run(() -> {
            LossChart chart = new LossChart();
            chart.addRun("a", "run a", 0);
            EpochCoalescer coalescer = new EpochCoalescer(chart, 300);
            for (int e = 1; e <= 1000; e++) {
                coalescer.offer("a", EpochMetrics.regression(e, 1.0 / e, 2.0 / e, 1, 1, 0.001, e));
            }
            assertThat(coalescer.drain()).isEqualTo(300);
            assertThat(chart.pointCount("a", false)).isEqualTo(300);
            assertThat(coalescer.drain()).isEqualTo(300);
            assertThat(coalescer.drain()).isEqualTo(300);
            assertThat(coalescer.drain()).isEqualTo(100);
            assertThat(coalescer.pending()).isZero();
            var train = chart.rawSeries("a", false);
            for (int i = 0; i < 1000; i++) {
                assertThat(train.getX(i).intValue()).isEqualTo(i + 1);
            }
        });
    }
}

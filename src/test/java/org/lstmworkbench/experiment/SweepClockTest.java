package org.lstmworkbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SweepClockTest {

    @Test
    void resumedRunsCountAsDoneButTheTimeLeftComesFromThisSessionsRuns() throws Exception {
        SweepClock clock = new SweepClock(4, 10);
        SweepProgress start = clock.now();
        assertThat(start.done()).isEqualTo(4);
        assertThat(start.total()).isEqualTo(10);
        assertThat(start.resumed()).isEqualTo(4);
        assertThat(start.etaMillis()).isEqualTo(-1);

        Thread.sleep(30);
        SweepProgress one = clock.finished();
        assertThat(one.done()).isEqualTo(5);
        // one run in this session took the whole elapsed time: five more runs left take five times that
        assertThat(one.etaMillis()).isEqualTo(5 * one.elapsedMillis());
        assertThat(one.elapsedMillis()).isGreaterThanOrEqualTo(30);
    }
}

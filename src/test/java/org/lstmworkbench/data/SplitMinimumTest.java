package org.lstmworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SplitMinimumTest {

    /** What the closed form replaces: the first count whose assigned parts fit, by trying every count. */
    private static long bySearch(SplitSpec split, int gap) {
        for (int n = 2; n < 100_000; n++) {
            try {
                SplitIndices s = split.assign(n);
                boolean valKeeps = s.test().length == 0 || s.validation().length > gap;
                if (s.train().length > gap && valKeeps) {
                    return n;
                }
            } catch (DataException tooFew) {
                // this count leaves a part empty
            }
        }
        return -1;
    }

    @Test
    void closedFormEqualsTheSearchForEverySplitAndGap() {
        List<SplitSpec> splits = List.of(SplitSpec.DEFAULT, new SplitSpec.Chronological(0.8, 0.2, 0),
                new SplitSpec.Chronological(0.5, 0.01, 0.49), new SplitSpec.Chronological(0.9, 0.05, 0.05),
                new SplitSpec.Chronological(0.01, 0.98, 0.01), new SplitSpec.Chronological(0.6, 0.3, 0.1),
                new SplitSpec.Random(0.7, 0.2, 0.1, 3), new SplitSpec.Explicit(5, 5, 2), new SplitSpec.Explicit(9, 3, 0));
        for (SplitSpec split : splits) {
            for (int gap : new int[] {0, 1, 2, 3, 7, 11, 50, 199}) {
                if (split instanceof SplitSpec.Random && gap > 0) {
                    continue;
                }
                long expected = bySearch(split, gap);
                if (expected > 0) {
                    assertThat(SplitMinimum.of(split, gap)).as(split.describe() + " gap " + gap).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aHorizonNearTheIntLimitGivesItsTrueCountAtOnce() {
        long started = System.nanoTime();
        long n = SplitMinimum.of(SplitSpec.DEFAULT, Integer.MAX_VALUE - 1L);
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(1.0);
        // 0.15 n must reach 2^31 - 1 validation samples: n = 14,316,557,642 (checked by hand with the rounding)
        assertThat(n).isEqualTo(14_316_557_642L);
        assertThat(Math.round(0.85 * n) - Math.round(0.7 * n)).isEqualTo(Integer.MAX_VALUE);
        assertThat(Math.round(0.85 * (n - 1)) - Math.round(0.7 * (n - 1))).isLessThan(Integer.MAX_VALUE);
    }
}

package org.lstmworkbench.ui.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the point's runs table writes a run's wall time. */
class PointRunsTableTest {

    @Test
    void wallTimeReadsInTenthsAndAShortRunIsNotZero() {
        assertThat(PointRunsTable.seconds(0)).isEqualTo("< 0.1 s");
        assertThat(PointRunsTable.seconds(49)).isEqualTo("< 0.1 s");
        assertThat(PointRunsTable.seconds(50)).isEqualTo("0.1 s");
        assertThat(PointRunsTable.seconds(12_340)).isEqualTo("12.3 s");
    }
}

package org.lstmworkbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemosTest {

    @Test
    void usesTheSeedsSettingsForEachExperiment() {
        assertThat(Demos.names()).containsExactly("underfit", "underfit-capacity", "good-fit", "overfit",
                "multiple-runs", "cells", "batch-size");
        assertThat(Demos.all()).allSatisfy(d -> {
            assertThat(d.experiment().data().source()).isEqualTo("demo:seed-sequence");
            assertThat(d.experiment().base().shuffle()).isFalse();
        });
        assertThat(epochs("underfit")).isEqualTo(100);
        assertThat(epochs("good-fit")).isEqualTo(800);
        assertThat(epochs("overfit")).isEqualTo(1200);
        assertThat(Demos.byName("multiple-runs").experiment().size()).isEqualTo(5);

        Experiment cells = Demos.byName("cells").experiment();
        assertThat(cells.runs()).hasSize(15);
        assertThat(cells.runs().stream().map(r -> r.config().units().get(0)).distinct().toList())
                .isEqualTo(List.of(1, 5, 10));
        assertThat(cells.runs()).allSatisfy(r -> assertThat(r.config().epochs()).isEqualTo(500));
        Experiment batches = Demos.byName("batch-size").experiment();
        assertThat(batches.runs().stream().map(r -> r.config().batchSize()).distinct().toList())
                .isEqualTo(List.of(1, 2, 3));
        assertThat(Demos.byName("cells").seedTable()).isEqualTo(SeedReference.CELLS_TABLE);
    }

    @Test
    void namesTheDemosWhenOneIsUnknown() {
        assertThatThrownBy(() -> Demos.byName("cels")).hasMessageContaining("unknown demo \"cels\"")
                .hasMessageContaining("batch-size");
    }

    private static int epochs(String name) {
        return Demos.byName(name).experiment().base().epochs();
    }
}

package org.lstmworkbench.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

/** The automatic loss range with baselines: near ones taken in, with room for their labels. */
class BaselineRangeTest {

    private static final DoubleUnaryOperator ID = DoubleUnaryOperator.identity();

    @Test
    void aLowerBaselineAtTheFloorGetsRoomBelowForItsLabelAndTheHigherOneAbove() {
        BaselineRange r = new BaselineRange();
        // the forecast screenshot's case: training mean just above the data's floor, persistence inside
        r.set(0.066, 0.033);
        Range widened = r.widen(new Range(0.03, 0.12), ID, ID);
        // the lower line's label is drawn below it: 12% of the span under 0.033
        assertThat(widened.getLowerBound()).isCloseTo(0.033 - BaselineRange.LABEL_ROOM * 0.09, within(1e-12));
        // the higher one (0.066) is well inside: its label above needs no more room
        assertThat(widened.getUpperBound()).isEqualTo(0.12);
    }

    @Test
    void aLoneBaselineAtTheTopGetsRoomAboveAndNoneBelow() {
        BaselineRange r = new BaselineRange();
        r.set(0.5, Double.NaN);
        Range widened = r.widen(new Range(0.1, 0.5), ID, ID);
        assertThat(widened.getUpperBound()).isCloseTo(0.5 + BaselineRange.LABEL_ROOM * 0.4, within(1e-12));
        assertThat(widened.getLowerBound()).isEqualTo(0.1);
    }

    @Test
    void aFarBaselineIsLeftOutAndBaselinesInsideChangeNothing() {
        BaselineRange r = new BaselineRange();
        r.set(0.2, 50);
        Range data = new Range(0.1, 0.4);
        assertThat(r.widen(data, ID, ID)).isSameAs(data);
    }
}

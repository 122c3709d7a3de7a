package org.lstmworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdgeGapsTest {

    /** v has two leading gaps; w an inner gap (row c) and a trailing one (row e). */
    private static final String TEXT = "d,v,w\na,NA,10\nb,NA,20\nc,3,NA\nd,5,40\ne,6,NA\n";

    private static MissingValues.Handled handle(MissingPolicy policy, EdgeGaps edges) {
        return MissingValues.handle(CsvLoader.parse(TEXT, "g.csv"), policy, edges);
    }

    @Test
    void forwardFillBackFillsTheStartAndCountsBoth() {
        MissingValues.Handled h = handle(MissingPolicy.FORWARD_FILL, EdgeGaps.FILL);
        assertThat(h.table().column("v")).containsExactly(3, 3, 3, 5, 6);
        assertThat(h.table().column("w")).containsExactly(10, 20, 20, 40, 40);
        assertThat(h.report()).isEqualTo(new GapReport(MissingPolicy.FORWARD_FILL, EdgeGaps.FILL, 2, 2, 0));
        assertThat(h.report().describe())
                .isEqualTo("gaps: 2 values forward-filled, 2 values at the edges filled from the nearest value");
    }

    @Test
    void forwardFillTrimsTheStartButFillsAnInnerGapFromItsRealNeighbour() {
        MissingValues.Handled h = handle(MissingPolicy.FORWARD_FILL, EdgeGaps.TRIM);
        assertThat(h.table().labels()).containsExactly("c", "d", "e");
        assertThat(h.table().column("v")).containsExactly(3, 5, 6);
        // row c's gap takes row b's 20, although row b was trimmed
        assertThat(h.table().column("w")).containsExactly(20, 40, 40);
        assertThat(h.report()).isEqualTo(new GapReport(MissingPolicy.FORWARD_FILL, EdgeGaps.TRIM, 2, 0, 2));
        assertThat(h.report().describe()).isEqualTo("gaps: 2 values forward-filled, 2 rows at the edges trimmed");
    }

    @Test
    void interpolationFillsBothEdgesFromTheNearestValue() {
        MissingValues.Handled h = handle(MissingPolicy.INTERPOLATE, EdgeGaps.FILL);
        assertThat(h.table().column("v")).containsExactly(3, 3, 3, 5, 6);
        assertThat(h.table().column("w")).containsExactly(10, 20, 30, 40, 40);
        assertThat(h.report()).isEqualTo(new GapReport(MissingPolicy.INTERPOLATE, EdgeGaps.FILL, 1, 3, 0));
    }

    @Test
    void interpolationTrimsLeadingAndTrailingRows() {
        MissingValues.Handled h = handle(MissingPolicy.INTERPOLATE, EdgeGaps.TRIM);
        // v starts at row c, w ends at row d
        assertThat(h.table().labels()).containsExactly("c", "d");
        assertThat(h.table().rowNumbers()).containsExactly(4, 5);
        assertThat(h.table().column("w")).containsExactly(30, 40);
        assertThat(h.report()).isEqualTo(new GapReport(MissingPolicy.INTERPOLATE, EdgeGaps.TRIM, 1, 0, 3));
    }

    @Test
    void dropRowsCountsTheRowsItDropped() {
        MissingValues.Handled h = handle(MissingPolicy.DROP_ROWS, EdgeGaps.FILL);
        assertThat(h.table().labels()).containsExactly("d");
        assertThat(h.report().droppedRows()).isEqualTo(4);
        assertThat(h.report().describe()).isEqualTo("gaps: 4 rows with gaps dropped");
    }

    @ParameterizedTest
    @CsvSource({"FORWARD_FILL, forward-filled", "INTERPOLATE, interpolated"})
    void refuseKeepsTheOldMessage(MissingPolicy policy, String verb) {
        assertThatThrownBy(() -> handle(policy, EdgeGaps.REFUSE))
                .hasMessage("g.csv: row 2, column \"v\": missing value at the start cannot be " + verb);
    }

    @Test
    void aColumnWithoutAnyValueIsNamed() {
        DataTable t = CsvLoader.parse("d,v,w\na,NA,1\nb,NA,2\n", "e.csv");
        assertThatThrownBy(() -> MissingValues.handle(t, MissingPolicy.FORWARD_FILL, EdgeGaps.FILL))
                .hasMessage("e.csv: column \"v\" has no value at all");
    }

    @Test
    void textGapsTakeTheNearestCategory() {
        DataTable t = CsvLoader.parse("d,v,dir\na,1,NA\nb,2,NW\nc,3,NA\nd,4,cv\n", "t.csv");
        MissingValues.Handled h = MissingValues.handle(t, MissingPolicy.INTERPOLATE, EdgeGaps.FILL);
        assertThat(h.table().textColumn("dir").orElseThrow().cells()).containsExactly("NW", "NW", "NW", "cv");
        assertThat(h.report().filledValues()).isEqualTo(1);
        assertThat(h.report().edgeFilledValues()).isEqualTo(1);
    }

    @Test
    void thePipelineReportsWhatItFilledAndPreparesLeadingGaps() {
        StringBuilder csv = new StringBuilder("t,v\n");
        for (int i = 0; i < 20; i++) {
            csv.append(i).append(',').append(i < 3 ? "NA" : String.valueOf(i)).append('\n');
        }
        DataTable loaded = CsvLoader.parse(csv.toString(), "lead.csv");
        DatasetSpec fill = DatasetSpec.builder("lead.csv").targetColumn("v").missingPolicy(MissingPolicy.FORWARD_FILL)
                .build();
        PreparedData filled = DataPipeline.prepare(fill, loaded);
        assertThat(filled.targetSeries()).startsWith(3, 3, 3, 3, 4);
        assertThat(filled.report().gaps().edgeFilledValues()).isEqualTo(3);

        PreparedData trimmed = DataPipeline.prepare(fill.toBuilder().edgeGaps(EdgeGaps.TRIM).build(), loaded);
        assertThat(trimmed.table().rowCount()).isEqualTo(17);
        assertThat(trimmed.targetSeries()).startsWith(3, 4, 5);
        assertThat(trimmed.report().lines()).containsExactly("gaps: 3 rows at the edges trimmed");
        assertThat(List.of(filled.train().size() + filled.validation().size() + filled.test().size()))
                .containsExactly(19);
    }
}

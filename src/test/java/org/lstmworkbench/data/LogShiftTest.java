package org.lstmworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LogShiftTest {

    /** Monthly sunspot-like counts with zeros. */
    private static final double[] SPOTS = {0, 3, 0, 12, 40, 81, 55, 20, 6, 0, 2, 9};

    private static SeriesTransform fit(TransformSpec spec, double[] series) {
        boolean[] training = new boolean[series.length];
        Arrays.fill(training, 0, Math.min(8, series.length), true);
        return SeriesTransform.fit(spec, series, training,
                new SeriesLocation("s.csv", "column \"v\"", IntStream.range(0, series.length).map(i -> i + 2).toArray()));
    }

    @Test
    void log1pTakesZerosAndInvertsExactly() {
        SeriesTransform t = fit(TransformSpec.none().withLog1p(), SPOTS);
        assertThat(t.transformed()[0]).isEqualTo(0.0);
        assertThat(t.transformed()[3]).isCloseTo(Math.log(13), within(1e-12));
        double[] back = t.invertPath(2, Arrays.copyOfRange(t.transformed(), 2, 6));
        assertThat(back).containsExactly(new double[] {0, 12, 40, 81}, within(1e-9));
    }

    @Test
    void aShiftMovesTheLogAndIsUndoneOnTheWayBack() {
        double[] temperatures = {-2.5, 0, 1.5, 3, -1, 4, 6, 2, 0, 1};
        SeriesTransform t = fit(TransformSpec.none().withLog().withShift(3), temperatures);
        assertThat(t.transformed()[0]).isCloseTo(Math.log(0.5), within(1e-12));
        assertThat(t.transformed()[1]).isCloseTo(Math.log(3), within(1e-12));
        assertThat(t.invertPath(0, t.transformed())).containsExactly(temperatures, within(1e-9));
    }

    @Test
    void boxCoxWithAShiftFitsItsLambdaOnTheShiftedTrainingValues() {
        SeriesTransform t = fit(TransformSpec.none().withBoxCox(null).withShift(1), SPOTS);
        double[] shifted = Arrays.stream(SPOTS, 0, 8).map(v -> v + 1).toArray();
        assertThat(t.lambda()).isEqualTo(BoxCox.fitLambda(shifted));
        assertThat(t.invertPath(0, t.transformed())).containsExactly(SPOTS, within(1e-7));
    }

    @Test
    void messagesNameTheValueAndRowAndSuggestWhatWorks() {
        assertThatThrownBy(() -> fit(TransformSpec.none().withLog(), SPOTS))
                .hasMessage("s.csv: row 2, column \"v\": 0.0 is not positive; the log transform needs values above 0"
                        + "; use log1p (log(1 + x)) or a shift (log(x + c), c > 0)");
        double[] negative = {2, 1, -3, 4};
        assertThatThrownBy(() -> fit(TransformSpec.none().withLog(), negative))
                .hasMessage("s.csv: row 4, column \"v\": -3.0 is not positive; the log transform needs values above 0"
                        + "; use a shift c of at least 4 (x + c)");
        assertThatThrownBy(() -> fit(TransformSpec.none().withLog1p(), negative))
                .hasMessage("s.csv: row 4, column \"v\": -3.0 is not above -1; the log1p transform needs values above -1"
                        + "; use a shift c of at least 3 (x + c)");
        assertThatThrownBy(() -> fit(TransformSpec.none().withBoxCox(null).withShift(1), negative))
                .hasMessage("s.csv: row 4, column \"v\": -3.0 + shift 1.0 = -2.0 is not positive; the Box-Cox transform "
                        + "needs values above 0; use a shift c of at least 4 (x + c)");
    }

    @Test
    void thePreparedDataReportsTheFittedLambda() {
        DataTable table = DataTable.of("s.csv", List.of(), List.of("v"), List.of(SPOTS));
        PreparedData data = DataPipeline.prepare(DatasetSpec.builder("s.csv")
                .transform(TransformSpec.none().withBoxCox(null).withShift(1))
                .split(new SplitSpec.Explicit(7, 4, 0)).build(), table);
        assertThat(data.report().boxCoxLambda()).isEqualTo(data.targetTransform().lambda());
        assertThat(data.report().lines()).contains(String.format(java.util.Locale.ROOT, "Box-Cox lambda %.4g",
                data.targetTransform().lambda()));
        PreparedData plain = DataPipeline.prepare(DatasetSpec.builder("s.csv")
                .split(new SplitSpec.Explicit(7, 4, 0)).build(), table);
        assertThat(plain.report().boxCoxLambda()).isNull();
    }
}

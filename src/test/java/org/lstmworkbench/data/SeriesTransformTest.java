package org.lstmworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SeriesTransformTest {

    private static final double[] SERIES = IntStream.range(0, 60)
            .mapToDouble(t -> (50 + 2 * t) * (1 + 0.3 * Math.sin(2 * Math.PI * t / 12)) + (t % 5)).toArray();

    private static boolean[] firstTraining(int n, int trainEnd) {
        boolean[] mask = new boolean[n];
        Arrays.fill(mask, 0, trainEnd, true);
        return mask;
    }

    private static SeriesLocation where(int n) {
        return new SeriesLocation("s.csv", "column \"v\"", IntStream.range(0, n).map(i -> i + 2).toArray());
    }

    private static SeriesTransform fit(TransformSpec spec, double[] series, int trainEnd) {
        return SeriesTransform.fit(spec, series, firstTraining(series.length, trainEnd), where(series.length));
    }

    static Stream<Arguments> specs() {
        TransformSpec none = TransformSpec.none();
        return Stream.of(
                Arguments.of(none),
                Arguments.of(TransformSpec.scaled(TransformSpec.Scaling.MIN_MAX)),
                Arguments.of(TransformSpec.scaled(TransformSpec.Scaling.MIN_MAX_SYMMETRIC)),
                Arguments.of(TransformSpec.scaled(TransformSpec.Scaling.Z_SCORE)),
                Arguments.of(none.withDifference(1)),
                Arguments.of(none.withDifference(2)),
                Arguments.of(none.withSeasonalDifference(12)),
                Arguments.of(none.withLog()),
                Arguments.of(none.withBoxCox(0.5)),
                Arguments.of(none.withBoxCox(null)),
                Arguments.of(none.withLog().withSeasonalDifference(12).withDifference(1)
                        .withScaling(TransformSpec.Scaling.MIN_MAX)),
                Arguments.of(none.withBoxCox(null).withSeasonalDifference(4).withDifference(2)
                        .withScaling(TransformSpec.Scaling.Z_SCORE)));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void invertsEveryTransformedValueExactly(TransformSpec spec) {
        SeriesTransform fitted = fit(spec, SERIES, 40);
        double[] z = fitted.transformed();
        for (int t = fitted.offset(); t < SERIES.length; t++) {
            assertThat(fitted.invertPath(t, new double[] {z[t]})[0]).isCloseTo(SERIES[t], within(1e-9));
            assertThat(fitted.transformPath(t, new double[] {SERIES[t]})[0]).isCloseTo(z[t], within(1e-9));
        }
    }

    @ParameterizedTest
    @MethodSource("specs")
    void invertsMultiStepPathFromOneOriginExactly(TransformSpec spec) {
        SeriesTransform fitted = fit(spec, SERIES, 40);
        int origin = 45;
        double[] z = Arrays.copyOfRange(fitted.transformed(), origin, origin + 15);
        double[] expected = Arrays.copyOfRange(SERIES, origin, origin + 15);
        assertThat(fitted.invertPath(origin, z)).containsExactly(expected, within(1e-9));
    }

    @Test
    void differencingMakesPredictedChangesAccumulateFromLastObservedValue() {
        double[] series = {1, 2, 4, 7, 11};
        SeriesTransform fitted = fit(TransformSpec.none().withDifference(1), series, 5);
        assertThat(fitted.transformed()).containsExactly(Double.NaN, 1, 2, 3, 4);
        // from origin 3 the last observed value is 4: 4+10 = 14, 14+10 = 24
        assertThat(fitted.invertPath(3, new double[] {10, 10})).containsExactly(14, 24);
    }

    @Test
    void scalerIsFittedOnTrainingPartOnly() {
        double[] series = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        TransformSpec spec = TransformSpec.scaled(TransformSpec.Scaling.MIN_MAX);
        SeriesTransform fitted = fit(spec, series, 5);
        double[] changed = series.clone();
        changed[7] = 1000;
        changed[8] = -1000;
        SeriesTransform refitted = fit(spec, changed, 5);
        assertThat(refitted.scaler()).isEqualTo(fitted.scaler());
        assertThat(fitted.scaler().shift()).isEqualTo(1);
        assertThat(fitted.scaler().scale()).isEqualTo(4);
        double[] z = fitted.transformed();
        assertThat(Arrays.stream(z, 0, 5).max().orElseThrow()).isEqualTo(1.0);
        assertThat(z[9]).isEqualTo(2.25);
    }

    @Test
    void boxCoxLambdaIsFittedOnTrainingPartOnly() {
        double[] changed = SERIES.clone();
        changed[55] = 1e6;
        TransformSpec spec = TransformSpec.none().withBoxCox(null);
        assertThat(fit(spec, changed, 40).lambda()).isEqualTo(fit(spec, SERIES, 40).lambda());
    }

    @Test
    void fitsBoxCoxLambdaOfAirlinePassengersLikeScipy() {
        Assumptions.assumeTrue(Files.isDirectory(SharedDatasetsTest.DATASETS));
        double[] airline = CsvLoader.load(SharedDatasetsTest.DATASETS.resolve("airline-passengers.csv"))
                .column("Passengers");
        // scipy.stats.boxcox(airline) gives lambda = 0.148
        assertThat(BoxCox.fitLambda(airline)).isCloseTo(0.148, within(0.002));
    }

    @Test
    void fitsBoxCoxLambdaNearZeroForLogNormalData() {
        java.util.Random random = new java.util.Random(7);
        double[] logNormal = IntStream.range(0, 2000).mapToDouble(i -> Math.exp(random.nextGaussian())).toArray();
        assertThat(BoxCox.fitLambda(logNormal)).isCloseTo(0.0, within(0.05));
    }

    @Test
    void logOfNonPositiveValueNamesItsRow() {
        double[] series = {3, 2, 0, 1};
        assertThatThrownBy(() -> fit(TransformSpec.none().withLog(), series, 3))
                .isInstanceOf(DataException.class)
                .hasMessage("s.csv: row 4, column \"v\": 0.0 is not positive; the log transform needs values above 0"
                        + "; use log1p (log(1 + x)) or a shift (log(x + c), c > 0)");
    }
}

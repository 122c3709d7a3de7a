package org.lstmworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataPipelineTest {

    private static DataTable series(double... values) {
        return DataTable.of("s.csv", List.of(), List.of("v"), List.of(values));
    }

    private static DatasetSpec.Builder spec() {
        return DatasetSpec.builder("s.csv");
    }

    @Test
    void validationValuesDoNotLeakIntoTheScaler() {
        double[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        DatasetSpec s = spec().transform(TransformSpec.scaled(TransformSpec.Scaling.MIN_MAX))
                .split(new SplitSpec.Explicit(5, 5, 0)).build();
        PreparedData data = DataPipeline.prepare(s, series(values));
        double[] changed = values.clone();
        changed[8] = 500;
        changed[10] = -3;
        PreparedData other = DataPipeline.prepare(s, series(changed));
        assertThat(other.targetTransform().scaler()).isEqualTo(data.targetTransform().scaler());
        // training samples read and predict indices 0..5 (values 1..6)
        assertThat(data.targetTransform().scaler().shift()).isEqualTo(1);
        assertThat(data.targetTransform().scaler().scale()).isEqualTo(5);
        assertThat(Arrays.stream(DemoDatasetsTest.flatY(data.train())).max().orElseThrow()).isEqualTo(1.0);
        assertThat(data.validation().y()[4][0]).isEqualTo(2.0);
        assertThat(other.validation().y()[2][0]).isEqualTo(99.8);
    }

    @ParameterizedTest
    @CsvSource({"MANY_TO_ONE, 12, 1", "MANY_TO_ONE, 6, 3", "ONE_TO_MANY, 1, 14", "MANY_TO_MANY, 8, 1", "ONE_TO_ONE, 1, 1"})
    void transformedTargetsMapBackToOriginalUnits(FrameShape shape, int lags, int horizon) {
        DatasetSpec s = DemoDatasets.recommendedSpec("demo:seasonal").toBuilder()
                .shape(shape).lags(lags).horizon(horizon).build();
        PreparedData data = DataPipeline.prepare(s);
        assertThat(s.transform().lostValues()).isEqualTo(13);
        for (FramedSet part : List.of(data.train(), data.validation(), data.test())) {
            assertThat(part.isEmpty()).isFalse();
            double[][] back = data.toOriginalUnits(part, part.y());
            double[][] expected = part.yOriginal();
            for (int i = 0; i < back.length; i++) {
                assertThat(back[i]).containsExactly(expected[i], within(1e-9));
            }
        }
    }

    @Test
    void baselinesOfLiteralSeriesWithoutTransforms() {
        PreparedData data = DataPipeline.prepare(spec().split(new SplitSpec.Explicit(3, 2, 0)).build(),
                series(1, 2, 4, 7, 11, 16));
        // validation targets 11 and 16; persistence predicts 7 and 11; train targets 2, 4, 7 have mean 13/3
        Baselines b = data.baselines();
        assertThat(b.persistenceMse()).isEqualTo(20.5);
        assertThat(b.persistenceMseOriginal()).isEqualTo(20.5);
        assertThat(b.meanMse()).isCloseTo(1625.0 / 18, within(1e-12));
        assertThat(b.meanMseOriginal()).isCloseTo(1625.0 / 18, within(1e-12));
    }

    @Test
    void baselinesOfLiteralSeriesWithDifferencing() {
        PreparedData data = DataPipeline.prepare(spec().split(new SplitSpec.Explicit(2, 2, 0))
                .transform(TransformSpec.none().withDifference(1)).build(), series(1, 2, 4, 7, 11, 16));
        // differences 1 2 3 4 5; train targets 2, 3 (mean 2.5); validation targets 4, 5 (originals 11, 16)
        Baselines b = data.baselines();
        assertThat(b.persistenceMse()).isEqualTo(20.5);          // persistence is a change of 0
        assertThat(b.persistenceMseOriginal()).isEqualTo(20.5);  // 7 vs 11, 11 vs 16
        assertThat(b.meanMse()).isEqualTo(4.25);                 // 2.5 vs 4 and 5
        assertThat(b.meanMseOriginal()).isEqualTo(4.25);         // 9.5 vs 11, 13.5 vs 16
    }

    @Test
    void reportsTooFewRowsNamingFileAndNeed() {
        DatasetSpec s = spec().lags(3).horizon(2).transform(TransformSpec.none().withDifference(1)).build();
        assertThatThrownBy(() -> DataPipeline.prepare(s, series(1, 2, 3, 4, 5)))
                .isInstanceOf(DataException.class)
                .hasMessage("s.csv: 5 rows are too few for lags 3, horizon 2, 1 values lost to differencing"
                        + " and a 0.7/0.15/0.15 split: need at least 8");
        // 8 rows: 3 samples; with 2 targets per sample one is left out between the parts
        PreparedData p = DataPipeline.prepare(s, series(1, 2, 3, 4, 5, 6, 7, 8));
        assertThat(p.validation().size()).isEqualTo(1);
        int lastTrainTarget = p.train().targetIndices()[p.train().size() - 1][1];
        int firstValidationTarget = p.validation().targetIndices()[0][0];
        assertThat(lastTrainTarget).as("training targets end before validation's begin").isLessThan(firstValidationTarget);
    }

    @Test
    void reportsTooFewShampooRowsForLongWindows() {
        Assumptions.assumeTrue(Files.isDirectory(SharedDatasetsTest.DATASETS));
        DatasetSpec s = DatasetSpec.builder(SharedDatasetsTest.DATASETS.resolve("monthly-shampoo-sales.csv").toString())
                .lags(30).horizon(12).build();
        assertThatThrownBy(() -> DataPipeline.prepare(s)).isInstanceOf(DataException.class)
                .hasMessage("monthly-shampoo-sales.csv: 36 rows are too few for lags 30, horizon 12 and a"
                        + " 0.7/0.15/0.15 split: need at least 117");
    }

    @Test
    void preparesAirlineFileWithDefaults() {
        Assumptions.assumeTrue(Files.isDirectory(SharedDatasetsTest.DATASETS));
        PreparedData data = DataPipeline.prepare(DatasetSpec.builder(
                SharedDatasetsTest.DATASETS.resolve("airline-passengers.csv").toString()).lags(12).build());
        assertThat(data.targetColumn()).isEqualTo("Passengers");
        assertThat(data.train().size() + data.validation().size() + data.test().size()).isEqualTo(132);
        assertThat(data.train().size()).isEqualTo(92);
        assertThat(data.validation().size()).isEqualTo(20);
        assertThat(data.train().x()[0][0][0]).isEqualTo(112);
        assertThat(data.test().yOriginal()[data.test().size() - 1][0]).isEqualTo(432);
        assertThat(data.boundaries().validation().start()).isEqualTo(104);
        assertThat(data.table().labels().get(104)).isEqualTo("1957-09");
    }

    @Test
    void usesChosenInputColumnsAndAppliesMissingPolicyToUsedColumnsOnly() {
        DataTable table = CsvLoader.parse("d,a,b,unused\n1,1,10,NA\n2,2,NA,1\n3,3,30,\n4,4,40,2\n5,5,50,3\n"
                + "6,6,60,4\n7,7,70,5\n", "m.csv");
        DatasetSpec s = DatasetSpec.builder("m.csv").targetColumn("a").inputColumns(List.of("a", "b")).lags(2)
                .missingPolicy(MissingPolicy.INTERPOLATE).split(new SplitSpec.Explicit(3, 2, 0)).build();
        PreparedData data = DataPipeline.prepare(s, table);
        assertThat(data.features()).isEqualTo(2);
        assertThat(data.train().x()[0][1]).containsExactly(10, 20);
        assertThat(data.train().y()[0]).containsExactly(3);
        assertThat(data.table().columnNames()).containsExactly("a", "b");
    }

    @Test
    void namesUnknownTargetColumn() {
        assertThatThrownBy(() -> DataPipeline.prepare(spec().targetColumn("w").build(), series(1, 2, 3)))
                .isInstanceOf(DataException.class)
                .hasMessage("s.csv: unknown column \"w\"; known columns: \"v\"");
    }

    @Test
    void refusesUnfitSpecListingEveryProblem() {
        DatasetSpec s = spec().lags(0).horizon(2).shape(FrameShape.MANY_TO_MANY).build();
        assertThatThrownBy(() -> DataPipeline.prepare(s, series(1, 2, 3))).isInstanceOf(DataException.class)
                .hasMessage("s.csv: lags must be at least 1, got 0; "
                        + "MANY_TO_MANY forecasts one step per timestep, so horizon must be 1, got 2");
    }
}

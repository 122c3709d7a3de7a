package org.lstmworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.lstmworkbench.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatasetSpecTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void builderStartsFromDocumentedDefaults() {
        DatasetSpec s = DatasetSpec.builder("a.csv").build();
        assertThat(s.targetColumn()).isNull();
        assertThat(s.inputColumns()).isEmpty();
        assertThat(s.missingPolicy()).isEqualTo(MissingPolicy.ERROR);
        assertThat(s.transform()).isEqualTo(TransformSpec.none());
        assertThat(s.lags()).isEqualTo(1);
        assertThat(s.horizon()).isEqualTo(1);
        assertThat(s.shape()).isEqualTo(FrameShape.MANY_TO_ONE);
        assertThat(s.split()).isEqualTo(new SplitSpec.Chronological(0.7, 0.15, 0.15));
        assertThat(s.validate()).isEmpty();
    }

    @Test
    void roundTripsThroughJson() throws Exception {
        DatasetSpec s = DatasetSpec.builder("demo:seasonal").targetColumn("value").inputColumns(List.of("value"))
                .missingPolicy(MissingPolicy.INTERPOLATE).lags(12).horizon(3)
                .transform(TransformSpec.none().withBoxCox(null).withSeasonalDifference(12).withDifference(1)
                        .withScaling(TransformSpec.Scaling.Z_SCORE))
                .split(new SplitSpec.Random(0.6, 0.2, 0.2, 7)).build();
        String text = json.writeValueAsString(s);
        assertThat(text).contains("\"kind\":\"random\"");
        assertThat(json.readValue(text, DatasetSpec.class)).isEqualTo(s);
        DatasetSpec explicit = DemoDatasets.recommendedSpec("seed-sequence");
        assertThat(json.readValue(json.writeValueAsString(explicit), DatasetSpec.class)).isEqualTo(explicit);
    }

    @Test
    void readsMinimalJsonWithDefaults() throws Exception {
        DatasetSpec s = json.readValue("{\"source\":\"data.csv\"}", DatasetSpec.class);
        assertThat(s).isEqualTo(DatasetSpec.builder("data.csv").build());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a.csv | MANY_TO_ONE | 0 | 1 | lags must be at least 1, got 0",
        "a.csv | MANY_TO_ONE | 1 | -2 | horizon must be at least 1, got -2",
        "a.csv | ONE_TO_ONE | 1 | 3 | ONE_TO_ONE forecasts one step per timestep, so horizon must be 1, got 3",
        "a.csv | ONE_TO_MANY | 4 | 3 | ONE_TO_MANY reads 1 timestep, so lags must be 1, got 4",
        "demo:nope | MANY_TO_ONE | 1 | 1 | unknown demo dataset \"demo:nope\"; valid: [demo:seed-sequence, demo:sine, demo:seasonal]",
        "'' | MANY_TO_ONE | 1 | 1 | no source: give a CSV file path or one of [demo:seed-sequence, demo:sine, demo:seasonal]"})
    void reportsUserFitProblems(String source, FrameShape shape, int lags, int horizon, String problem) {
        DatasetSpec s = DatasetSpec.builder(source).shape(shape).lags(lags).horizon(horizon).build();
        assertThat(s.validate()).extracting(Problem::message).containsExactly(problem);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a.csv | MANY_TO_ONE | 0 | 1 | lags",
        "a.csv | MANY_TO_ONE | 1 | -2 | horizon",
        "a.csv | ONE_TO_ONE | 1 | 3 | horizon",
        "a.csv | ONE_TO_MANY | 4 | 3 | lags",
        "demo:nope | MANY_TO_ONE | 1 | 1 | source",
        "'' | MANY_TO_ONE | 1 | 1 | source"})
    void eachProblemNamesTheFieldItIsAbout(String source, FrameShape shape, int lags, int horizon, String path) {
        DatasetSpec s = DatasetSpec.builder(source).shape(shape).lags(lags).horizon(horizon).build();
        assertThat(s.validate()).extracting(Problem::path).containsExactly(path);
    }

    @Test
    void blankTargetAndRepeatedInputsNameTheirFields() {
        DatasetSpec s = DatasetSpec.builder("a.csv").targetColumn(" ").inputColumns(List.of("x", "x")).build();
        assertThat(s.validate()).extracting(Problem::path).containsExactly("targetColumn", "inputColumns");
    }
}

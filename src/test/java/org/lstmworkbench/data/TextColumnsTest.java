package org.lstmworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TextColumnsTest {

    /** Nine hours: training reads and predicts rows 1-6 (NW, cv, SE), NE appears only later. */
    private static final String CSV = "No,TEMP,cbwd,Iws\n"
            + "1,5,NW,1.5\n2,6,cv,2\n3,7,NW,3\n4,8,SE,4\n5,9,cv,5\n6,10,NW,6\n7,11,NE,7\n8,12,NW,8\n9,13,NE,9\n";

    private static DataTable table() {
        return CsvLoader.parse(CSV, "pollution.csv");
    }

    private static DatasetSpec.Builder spec(String... inputs) {
        return DatasetSpec.builder("pollution.csv").targetColumn("TEMP").inputColumns(List.of(inputs))
                .split(new SplitSpec.Explicit(5, 3, 0));
    }

    @Test
    void aTextColumnNobodyChoseDoesNotStopTheFile() {
        DataTable t = table();
        assertThat(t.columnNames()).containsExactly("No", "TEMP", "Iws");
        assertThat(t.textColumnNames()).containsExactly("cbwd");
        PreparedData data = DataPipeline.prepare(spec("TEMP", "Iws").build(), t);
        assertThat(data.features()).isEqualTo(2);
        assertThat(data.report().features()).containsExactly("TEMP", "Iws");
        assertThat(data.report().encodings()).isEmpty();
    }

    @Test
    void aTextInputIsOneHotWithCategoriesOfTheTrainingPartAndUnseenOnesAllZero() {
        PreparedData data = DataPipeline.prepare(spec("TEMP", "cbwd").build(), table());
        // natural order: upper case before lower case
        assertThat(data.report().features()).containsExactly("TEMP", "cbwd=NW", "cbwd=SE", "cbwd=cv");
        assertThat(data.features()).isEqualTo(4);
        assertThat(data.modelInputs().get(1)).containsExactly(1, 0, 1, 0, 0, 1, 0, 1, 0);
        assertThat(data.modelInputs().get(3)).containsExactly(0, 1, 0, 0, 1, 0, 0, 0, 0);
        // validation sample 1 reads row 7 (NE): an all-zero row
        double[][] step = data.validation().x()[1];
        assertThat(new double[] {step[1][0], step[2][0], step[3][0]}).containsExactly(0, 0, 0);
        assertThat(data.report().encodings()).containsExactly(
                new EncodingReport("cbwd", Encoding.ONE_HOT, List.of("NW", "SE", "cv"), 2));
        assertThat(data.report().lines()).contains("cbwd: one-hot, 3 categories (NW, SE, cv), 2 unseen values");
    }

    @Test
    void integerCodesReserveTheNextCodeForUnseenCategories() {
        PreparedData data = DataPipeline.prepare(spec("cbwd", "TEMP").encodings(Map.of("cbwd", Encoding.INTEGER))
                .build(), table());
        assertThat(data.report().features()).containsExactly("cbwd", "TEMP");
        assertThat(data.modelInputs().get(0)).containsExactly(0, 2, 0, 1, 2, 0, 3, 0, 3);
        assertThat(data.report().encodings().get(0).unseen()).isEqualTo(2);
    }

    @Test
    void aTextTargetIsAClearErrorNamingTheColumn() {
        assertThatThrownBy(() -> DataPipeline.prepare(spec().targetColumn("cbwd").build(), table()))
                .isInstanceOf(DataException.class)
                .hasMessage("pollution.csv: row 2, column \"cbwd\": \"NW\" is not a number; the target column \"cbwd\" "
                        + "holds text, and a forecast target must be numeric: choose a numeric column");
    }

    @Test
    void aNumberColumnWithATypoIsRefusedWhenChosenNotEncoded() {
        DataTable t = CsvLoader.parse("d,v,w\na,1,10\nb,2,2O\nc,3,30\nd,4,40\n", "typo.csv");
        assertThat(t.textColumn("w").orElseThrow().categorical()).isFalse();
        assertThatThrownBy(() -> DataPipeline.prepare(DatasetSpec.builder("typo.csv").targetColumn("v")
                .inputColumns(List.of("v", "w")).split(new SplitSpec.Explicit(1, 1, 0)).build(), t))
                .hasMessage("typo.csv: row 3, column \"w\": \"2O\" is not a number");
        // unchosen, it does not matter
        assertThat(DataPipeline.prepare(DatasetSpec.builder("typo.csv").targetColumn("v")
                .split(new SplitSpec.Explicit(1, 1, 0)).build(), t).train().size()).isEqualTo(1);
    }

    @Test
    void anEncodingOfANumericColumnOrOfANonInputIsRefused() {
        assertThatThrownBy(() -> DataPipeline.prepare(spec("TEMP", "Iws").encodings(Map.of("Iws", Encoding.INTEGER))
                .build(), table())).hasMessageContaining("column \"Iws\" holds numbers; only a text input column");
        assertThat(spec("TEMP").encodings(Map.of("cbwd", Encoding.INTEGER)).build().validate())
                .extracting(p -> p.path()).containsExactly("encodings");
    }

    @Test
    void theWholeTableLoadersStillRefuseText() {
        assertThatThrownBy(() -> CsvLoader.load(CSV, "pollution.csv", MissingPolicy.ERROR))
                .hasMessage("pollution.csv: row 2, column \"cbwd\": \"NW\" is not a number");
    }

    @Test
    void specsWithEncodingsAndEdgeGapsRoundTripAndOldSpecsReadWithDefaults() throws Exception {
        ObjectMapper json = new ObjectMapper();
        DatasetSpec s = spec("TEMP", "cbwd").encodings(Map.of("cbwd", Encoding.INTEGER)).edgeGaps(EdgeGaps.TRIM)
                .transform(TransformSpec.none().withLog1p().withShift(2)).build();
        assertThat(json.readValue(json.writeValueAsString(s), DatasetSpec.class)).isEqualTo(s);
        String old = "{\"source\":\"a.csv\",\"missingPolicy\":\"FORWARD_FILL\",\"lags\":3,"
                + "\"transform\":{\"power\":\"LOG\",\"boxCoxLambda\":null,\"seasonalPeriod\":0,\"differenceOrder\":1,"
                + "\"scaling\":\"MIN_MAX\"}}";
        DatasetSpec read = json.readValue(old, DatasetSpec.class);
        assertThat(read.edgeGaps()).isEqualTo(EdgeGaps.FILL);
        assertThat(read.encodings()).isEmpty();
        assertThat(read.transform()).isEqualTo(new TransformSpec(TransformSpec.Power.LOG, null, 0, 1,
                TransformSpec.Scaling.MIN_MAX, 0));
    }

    @Test
    void theStoredVersion1And2SpecsReadWithTheNewDefaults() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String file : List.of("v1/workspace.json", "v2/workspace.json")) {
            checkStoredSpec(json.readTree(Path.of("src/test/resources/formats", file).toFile()).get("dataset"), json);
        }
        for (String file : List.of("v1/sweep/experiment.json", "v2/sweep/experiment.json")) {
            checkStoredSpec(json.readTree(Path.of("src/test/resources/formats", file).toFile()).get("data"), json);
        }
    }

    /** Reads a stored spec, checks the new fields' defaults, and that it still prepares. */
    private static void checkStoredSpec(com.fasterxml.jackson.databind.JsonNode node, ObjectMapper json)
            throws Exception {
        assertThat(node.has("edgeGaps")).isFalse();
        DatasetSpec spec = json.treeToValue(node, DatasetSpec.class);
        assertThat(spec.edgeGaps()).isEqualTo(EdgeGaps.FILL);
        assertThat(spec.encodings()).isEmpty();
        assertThat(spec.transform().shift()).isZero();
        PreparedData data = DataPipeline.prepare(spec);
        assertThat(data.report().features()).containsExactly(data.targetColumn());
        assertThat(data.report().gaps().droppedRows()).isZero();
    }

    @Test
    void theRealPollutionFileLoadsWithItsWindDirection() throws Exception {
        Path file = Path.of("../shared/datasets").toAbsolutePath().normalize();
        Path found = Files.isDirectory(file) ? Files.walk(file).filter(p -> p.getFileName().toString()
                .toLowerCase().contains("pollution") && p.toString().endsWith(".csv")).findFirst().orElse(null) : null;
        Assumptions.assumeTrue(found != null, "no pollution CSV under ../shared/datasets");
        DataTable t = CsvLoader.read(found);
        Assumptions.assumeTrue(t.textColumnNames().contains("cbwd"), "the file has no cbwd column");
        assertThat(t.textColumn("cbwd").orElseThrow().categorical()).isTrue();
        assertThat(t.columnNames()).contains("DEWP", "TEMP", "PRES", "Iws");
    }
}

package org.lstmworkbench.data.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.Problem;
import org.lstmworkbench.data.DataException;
import org.lstmworkbench.data.TransformSpec.Scaling;

class SequenceSpecTest {

    @TempDir
    Path dir;

    @Test
    void defaultsAreStratifiedSevenThreeZScoredVariableLength() {
        SequenceSpec spec = SequenceSpec.builder("demo:rising-falling").build();
        assertThat(spec.split()).isEqualTo(new PartFractions(0.7, 0.3, 0));
        assertThat(spec.scaling()).isEqualTo(Scaling.Z_SCORE);
        assertThat(spec.length()).isEqualTo(SequenceLength.VARIABLE);
        assertThat(spec.seed()).isEqualTo(SequenceSpec.DEFAULT_SEED);
        assertThat(spec.validate()).isEmpty();
    }

    @Test
    void preparesTheDemoAsTheDataLayerWouldByHand() {
        SequenceSpec spec = SequenceSpec.builder("demo:rising-falling").split(new PartFractions(0.8, 0.2, 0))
                .scaling(Scaling.MIN_MAX).seed(7).build();
        PreparedSequences prepared = spec.prepare();
        SequenceDataset raw = SequenceDemos.load("demo:rising-falling");
        SequenceSplit split = SequenceSplitter.stratified(raw, new PartFractions(0.8, 0.2, 0), 7);
        PreparedSequences byHand = PreparedSequences.prepare(raw, split, Scaling.MIN_MAX, SequenceLength.VARIABLE);
        assertThat(prepared.split().train()).containsExactly(split.train());
        assertThat(prepared.classCounts(PreparedSequences.TRAIN)).containsExactly(40, 40);
        assertThat(prepared.classCounts(PreparedSequences.VALIDATION)).containsExactly(10, 10);
        assertThat(prepared.scaler()).isEqualTo(byHand.scaler());
    }

    @Test
    void aGroupColumnSplitsByGroupAndAFixedLengthCutsBatches() throws IOException {
        StringBuilder csv = new StringBuilder("sequence,step,x,label,subject\n");
        for (int s = 0; s < 8; s++) {
            for (int t = 0; t < 4; t++) {
                csv.append("s").append(s).append(',').append(t).append(',').append(s * t).append(',')
                        .append(s % 2 == 0 ? "a" : "b").append(",p").append(s / 2).append('\n');
            }
        }
        Path file = Files.writeString(dir.resolve("long.csv"), csv);
        SequenceSpec spec = SequenceSpec.builder(file.toString()).groupColumn("subject")
                .split(new PartFractions(0.5, 0.5, 0)).scaling(Scaling.NONE).fixedLength(3).build();
        PreparedSequences prepared = spec.prepare();
        for (int part : new int[] {PreparedSequences.TRAIN, PreparedSequences.VALIDATION}) {
            List<String> groups = prepared.part(part).stream().map(Sequence::group).distinct().toList();
            List<String> other = prepared.part(1 - part).stream().map(Sequence::group).toList();
            assertThat(groups).doesNotContainAnyElementsOf(other);
        }
        assertThat(prepared.split().train().length + prepared.split().validation().length).isEqualTo(8);
        assertThat(prepared.dataSet(PreparedSequences.TRAIN).getFeatures().size(2)).isEqualTo(3);
    }

    @Test
    void validateNamesEachBadFieldByItsJsonName() {
        SequenceSpec spec = SequenceSpec.builder("demo:nope").format(SequenceFormat.WIDE).labelColumn("label")
                .labelsFile("labels.csv").featureColumns(List.of("x", "x")).fixedLength(-1).build();
        assertThat(spec.validate()).extracting(Problem::path)
                .containsExactlyInAnyOrder("source", "featureColumns", "labelsFile", "labelColumn", "featureColumns",
                        "fixedLength");
        assertThat(SequenceSpec.builder("demo:control-charts").groupColumn("g").build().validate())
                .extracting(Problem::path).containsExactly("groupColumn");
        assertThat(SequenceSpec.builder(dir.resolve("missing.csv").toString()).build().validate())
                .singleElement().satisfies(p -> assertThat(p.message()).contains("missing.csv: no such file"));
        assertThat(SequenceSpec.builder(" ").build().validate()).extracting(Problem::path).containsExactly("source");
    }

    @Test
    void loadRefusesAnInvalidSpecWithItsMessage() {
        SequenceSpec spec = SequenceSpec.builder("demo:nope").build();
        assertThatThrownBy(spec::load).isInstanceOf(DataException.class)
                .hasMessageContaining("unknown classification demo \"demo:nope\"");
    }

    @Test
    void jsonRoundTripsEveryFieldAndLeftOutFieldsTakeTheDefaults() {
        SequenceSpec spec = SequenceSpec.builder("data/har").format(SequenceFormat.FOLDER).groupColumn("subject")
                .labelsFile("y.csv").split(new PartFractions(0.6, 0.2, 0.2)).scaling(Scaling.MIN_MAX)
                .fixedLength(128).seed(5).build();
        String json = SequenceSpecJson.write(spec);
        assertThat(SequenceSpecJson.read(json, "run.json")).isEqualTo(spec);
        assertThat(SequenceSpecJson.fromTree(SequenceSpecJson.toTree(spec), "x")).isEqualTo(spec);
        assertThat(json).contains("\"format\" : \"FOLDER\"", "\"train\" : 0.6", "\"scaling\" : \"MIN_MAX\"");

        SequenceSpec minimal = SequenceSpecJson.read("{\"source\": \"demo:control-charts\"}", "x");
        assertThat(minimal).isEqualTo(SequenceSpec.builder("demo:control-charts").build());
    }

    @Test
    void jsonRefusesUnknownFieldsBadFractionsAndNonObjects() {
        assertThatThrownBy(() -> SequenceSpecJson.read("{\"source\": \"a\", \"labelColum\": \"y\"}", "e.json"))
                .isInstanceOf(DataException.class).hasMessageStartingWith("e.json: not valid classification data")
                .hasMessageContaining("labelColum");
        assertThatThrownBy(() -> SequenceSpecJson.read(
                "{\"source\": \"a\", \"split\": {\"train\": 0.5, \"validation\": 0.2, \"test\": 0}}", "e.json"))
                .isInstanceOf(DataException.class).hasMessageContaining("split fractions must add up to 1");
        assertThatThrownBy(() -> SequenceSpecJson.read("[1]", "e.json")).isInstanceOf(DataException.class)
                .hasMessage("e.json: classification data settings must be a JSON object");
        assertThatThrownBy(() -> SequenceSpecJson.read("{\"source\": ", "e.json")).isInstanceOf(DataException.class)
                .hasMessageStartingWith("e.json: not valid JSON at line 1");
        assertThat(Arrays.asList(SequenceFormat.values())).hasSize(3);
    }

    @Test
    void jsonBeyondTheLimitsOrWithAKeyTwiceOrTrailingContentIsOneLineNamingTheSource() {
        String[][] cases = {
            {"{\"source\": " + "[".repeat(5000) + "]".repeat(5000) + "}", "exceeds the maximum allowed (100)"},
            {"{\"source\": \"a\", \"fixedLength\": " + "1".repeat(2001) + "}", "exceeds the maximum allowed (100)"},
            {"{\"source\": \"" + "x".repeat(200_001) + "\"}", "exceeds the maximum allowed (100000)"},
            {"{\"source\": \"a\", \"source\": \"b\"}", "field \"source\" given twice"},
            {"{\"source\": \"a\"} {}", "more content after the JSON value"}};
        for (String[] c : cases) {
            assertThatThrownBy(() -> SequenceSpecJson.read(c[0], "e.json")).as(c[1]).isInstanceOf(DataException.class)
                    .hasMessageStartingWith("e.json: not valid JSON").hasMessageContaining(c[1])
                    .hasMessageNotContaining("\n").hasMessageNotContaining("StreamReadConstraints");
        }
    }
}

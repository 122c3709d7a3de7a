package org.lstmworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.data.ExportedTransform.OutputLayout;
import org.nd4j.linalg.factory.Nd4j;

/** The transform file's versions and the two output layouts. */
class ExportedTransformTest {

    private static final Path V1 = Path.of("src/test/resources/formats/v1/model.transform.json");

    @TempDir
    Path dir;

    @Test
    void aVersionOneFileReadsAsAVectorOutputWithNoWorkbenchClasses() throws Exception {
        ExportedTransform t = ExportedTransform.read(V1);
        assertThat(t.formatVersion()).isEqualTo(1);
        assertThat(t.outputLayout()).isEqualTo(OutputLayout.VECTOR);
        assertThat(t.requiresWorkbenchClasses()).isEmpty();
        // z = (diff + 2) / 4, so diff = 4z - 2, added to the last value 10 and then to each step
        assertThat(t.toOriginalUnits(Nd4j.create(new double[][]{{0.5, 1.0}}), 0, new double[]{9, 10}))
                .containsExactly(10.0, 12.0);
    }

    @Test
    void aStepSequenceOutputMapsStepKOfTheSequenceToStepKAhead() throws Exception {
        ExportedTransform t = ExportedTransform.read(V1).forNetwork(OutputLayout.STEP_SEQUENCE, java.util.List.of());
        // two samples [2, 1, 2]: the second's path is 1.0, 0.5
        var out = Nd4j.create(new double[][][]{{{0.5, 1.0}}, {{1.0, 0.5}}});
        assertThat(t.toOriginalUnits(out, 1, new double[]{9, 10})).containsExactly(12.0, 12.0);
        assertThatThrownBy(() -> t.toOriginalUnits(Nd4j.create(new double[][]{{0.5, 1.0}}), 0, new double[]{10}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rank 3");
    }

    @Test
    void theCurrentVersionRoundTripsAndAnUnknownOneIsRefusedNamingIt() throws Exception {
        ExportedTransform t = ExportedTransform.read(V1).forNetwork(OutputLayout.STEP_SEQUENCE,
                java.util.List.of("org.lstmworkbench.model.SubsequenceSplit", "org.lstmworkbench.model.RecurrentWeightDrop"));
        Path file = dir.resolve("t.json");
        Files.write(file, new ExportedTransform(ExportedTransform.FORMAT_VERSION, t.frameShape(), t.lags(), t.horizon(),
                t.timesteps(), t.outputs(), t.targetColumn(), t.features(), t.target(), t.outputLayout(),
                t.requiresWorkbenchClasses()).toJson());
        ExportedTransform read = ExportedTransform.read(file);
        assertThat(read.formatVersion()).isEqualTo(2);
        assertThat(read.outputLayout()).isEqualTo(OutputLayout.STEP_SEQUENCE);
        assertThat(read.requiresWorkbenchClasses()).containsExactly("org.lstmworkbench.model.RecurrentWeightDrop",
                "org.lstmworkbench.model.SubsequenceSplit");
        Files.writeString(file, Files.readString(file).replace("\"formatVersion\" : 2", "\"formatVersion\" : 9"));
        assertThatThrownBy(() -> ExportedTransform.read(file)).isInstanceOf(DataException.class)
                .hasMessageContaining("transform format version 9");
    }

    @Test
    void aClassifiersTransformIsNamedAsSuchInsteadOfAnUnknownField(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("c.transform.json");
        java.nio.file.Files.writeString(file, "{\"formatVersion\":1,\"classes\":[\"a\",\"b\"],\"features\":[],"
                + "\"fixedLength\":0,\"inputLayout\":\"x\",\"outputLayout\":\"y\",\"requiresWorkbenchClasses\":[]}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExportedTransform.read(file))
                .isInstanceOf(DataException.class)
                .hasMessage(file + ": is a classifier's transform (class labels, no target column): read it with "
                        + "ExportedClassifier.read");
    }
}

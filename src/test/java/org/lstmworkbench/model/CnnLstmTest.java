package org.lstmworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lstmworkbench.Problem;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class CnnLstmTest {

    private static LstmStack lstm(Integer... units) {
        return ModelConfig.builder().units(units).build().lstm();
    }

    private static ModelConfig config(CnnLstm a) {
        return ModelConfig.builder().architecture(a).build();
    }

    /** Brownlee's layout: Conv1D 64x3, pooling 2, LSTM 50. */
    private static final CnnLstm BROWNLEE = CnnLstm.around(lstm(50));

    static Stream<Arguments> variants() {
        return Stream.of(
                // conv 3*1*64+64 = 256; LSTM 50 on 64: 4*(64*50+50*50+50) = 23000; Dense 6: 50*6+6 = 306
                Arguments.of(BROWNLEE, new NetworkShape(1, 6, false, 24), 23_562L,
                        "Conv1D 64x3 (64x22) -> MaxPool 2 (64x11) -> LSTM 50 (50) -> Dense 6"),
                // conv 3*2*32+32 = 224, 5*32*16+16 = 2576; LSTM 10 on 16: 4*(160+100+10) = 1080; Dense 1: 11
                Arguments.of(new CnnLstm(List.of(new ConvLayer(32, 3, 1, 1, CellActivation.RELU),
                                new ConvLayer(16, 5, 1, 1, CellActivation.TANH)), 0, 1, lstm(10)),
                        new NetworkShape(2, 1, false, 24), 3_891L,
                        "Conv1D 32x3 (32x22) -> Conv1D 16x5 (16x18) -> LSTM 10 (10) -> Dense 1"),
                // 4 subsequences of 6: conv -> 4 steps, pool -> 2, flattened 128 per subsequence;
                // LSTM 50 on 128: 4*(6400+2500+50) = 35800; conv 256; Dense 1: 51
                Arguments.of(BROWNLEE.withSubsequences(4), new NetworkShape(1, 1, false, 24), 36_107L,
                        "Split 4x6 (1x6) -> Conv1D 64x3 (64x4) -> MaxPool 2 (64x2) -> Flatten (128x4) -> LSTM 50 (50)"
                                + " -> Dense 1"),
                // 2 subsequences of 12: dilation 2 spans 5 -> 8 steps, stride 2 kernel 2 -> 4 steps, 16 per
                // subsequence; conv 3*1*8+8 = 32, 2*8*4+4 = 68; LSTM 5 on 16: 4*(80+25+5) = 440; Dense 1: 6
                Arguments.of(new CnnLstm(List.of(new ConvLayer(8, 3, 1, 2, CellActivation.RELU),
                                new ConvLayer(4, 2, 2, 1, CellActivation.RELU)), 1, 2, lstm(5)),
                        new NetworkShape(1, 1, false, 24), 546L,
                        "Split 2x12 (1x12) -> Conv1D 8x3 dilation 2 (8x8) -> Conv1D 4x2 stride 2 (4x4) -> Flatten (16x2)"
                                + " -> LSTM 5 (5) -> Dense 1"));
    }

    @ParameterizedTest
    @MethodSource("variants")
    void countsParametersByHandAsDl4jDoes(CnnLstm a, NetworkShape shape, long byHand, String layers) {
        MultiLayerNetwork net = NetworkFactory.build(config(a), shape, 1);
        assertThat(a.parameterCount(shape)).isEqualTo(byHand).isEqualTo(net.numParams());
        assertThat(a.layerSummary(shape)).isEqualTo(layers);
    }

    @ParameterizedTest
    @MethodSource("variants")
    void forecastsOneVectorPerWindow(CnnLstm a, NetworkShape shape, long byHand, String layers) {
        MultiLayerNetwork net = NetworkFactory.build(config(a), shape, 1);
        INDArray out = net.output(Nd4j.rand(5, shape.features(), shape.steps()).castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE), false);
        assertThat(out.shape()).containsExactly(5, shape.outputs());
    }

    @Test
    void subsequencesCutEachWindowInOrderAndTheInverseRestoresIt() {
        SubsequenceSplit split = new SubsequenceSplit(3);
        INDArray x = Nd4j.arange(2 * 2 * 6).castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).reshape('c', 2, 2, 6);
        org.deeplearning4j.nn.workspace.LayerWorkspaceMgr ws = org.deeplearning4j.nn.workspace.LayerWorkspaceMgr.noWorkspaces();
        INDArray cut = split.preProcess(x, 2, ws);
        assertThat(cut.shape()).containsExactly(6, 2, 2);
        // sample 1, subsequence 2 (row 1*3+2), feature 0: steps 4 and 5 of sample 1's feature 0 (12 + 4, 12 + 5)
        assertThat(cut.getDouble(5, 0, 0)).isEqualTo(16.0);
        assertThat(cut.getDouble(5, 1, 1)).isEqualTo(23.0);
        assertThat(split.backprop(cut, 2, ws)).isEqualTo(x);
    }

    @Test
    void savedSubsequenceNetworkLoadsBackWithTheSamePredictions(@TempDir Path dir) throws Exception {
        NetworkShape shape = new NetworkShape(1, 6, false, 24);
        MultiLayerNetwork net = NetworkFactory.build(config(BROWNLEE.withSubsequences(4)), shape, 3);
        INDArray x = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.DOUBLE, 4, 1, 24);
        File file = dir.resolve("model.zip").toFile();
        ModelSerializer.writeModel(net, file, false);
        MultiLayerNetwork loaded = ModelSerializer.restoreMultiLayerNetwork(file, false);
        assertThat(loaded.getLayerWiseConfigurations()).isEqualTo(net.getLayerWiseConfigurations());
        assertThat(loaded.output(x, false)).isEqualTo(net.output(x, false));
    }

    static Stream<Arguments> invalid() {
        NetworkShape window24 = new NetworkShape(1, 1, false, 24);
        return Stream.of(
                Arguments.of(BROWNLEE.withConv(List.of()), window24, "architecture.conv"),
                Arguments.of(BROWNLEE.withFilters(List.of(8, 8, 8, 8)), window24, "architecture.conv"),
                Arguments.of(BROWNLEE.withFilters(List.of(0)), window24, "architecture.conv[0].filters"),
                Arguments.of(BROWNLEE.withKernelSizes(List.of(0)), window24, "architecture.conv[0].kernelSize"),
                Arguments.of(BROWNLEE.withPool(-1), window24, "architecture.pool"),
                Arguments.of(BROWNLEE.withSubsequences(0), window24, "architecture.subsequences"),
                Arguments.of(BROWNLEE.withLstm(lstm(0)), window24, "architecture.lstm.units[0]"),
                // a kernel of 5 on a 4-step window
                Arguments.of(BROWNLEE.withKernelSizes(List.of(5)), new NetworkShape(1, 1, false, 4),
                        "architecture.conv[0].kernelSize"),
                // the second kernel: 24 -> 14 steps after a kernel of 11, then a kernel of 15
                Arguments.of(BROWNLEE.withFilters(List.of(8, 8)).withKernelSizes(List.of(11, 15)), window24,
                        "architecture.conv[1].kernelSize"),
                // 5 subsequences do not divide 24 steps
                Arguments.of(BROWNLEE.withSubsequences(5), window24, "architecture.subsequences"),
                // 6 steps -> 4 after the kernel of 3; pooling 5 leaves none
                Arguments.of(BROWNLEE.withPool(5), new NetworkShape(1, 1, false, 6), "architecture.pool"),
                // varying lengths (classification's padded, masked sequences)
                Arguments.of(BROWNLEE, new NetworkShape(1, 3, false), "architecture"),
                Arguments.of(BROWNLEE, new NetworkShape(1, 1, true, 24), "architecture"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void namesTheFieldOfAnImpossibleCombination(CnnLstm a, NetworkShape shape, String path) {
        List<Problem> problems = config(a).validateFor(100, shape);
        assertThat(problems).extracting(Problem::path).containsExactly(path);
    }

    @Test
    void refusesToBuildLayersThatDoNotFitTheWindow() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NetworkFactory.build(
                        config(BROWNLEE.withKernelSizes(List.of(9))), new NetworkShape(1, 1, false, 8), 1))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("spans 9 steps, longer than the window of 8 steps");
    }

    @Test
    void summaryReadsAsTheLayersInOrder() {
        assertThat(BROWNLEE.summary()).isEqualTo("Conv1D 64x3 -> MaxPool 2 -> LSTM 50");
        assertThat(BROWNLEE.withSubsequences(4).withPool(0).summary()).isEqualTo("4 subsequences: Conv1D 64x3 -> LSTM 50");
    }
}

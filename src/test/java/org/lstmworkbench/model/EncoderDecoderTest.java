package org.lstmworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.misc.RepeatVector;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.Problem;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class EncoderDecoderTest {

    private static final NetworkShape H6 = new NetworkShape(1, 6, false);

    private static ModelConfig config(List<Integer> encoder, List<Integer> decoder, boolean bi) {
        LstmStack stack = ModelConfig.builder().units(encoder).bidirectional(bi).build().lstm();
        return ModelConfig.builder().architecture(EncoderDecoder.of(stack, decoder)).build();
    }

    @Test
    void layerSummaryGivesEachLayersOutputShapeAsFeaturesTimesSteps() {
        // the preset: 24 steps in, 6 out; the encoder hands on its last step only
        NetworkShape preset = H6.withSteps(24);
        assertThat(config(List.of(16), List.of(16), false).architecture().layerSummary(preset))
                .isEqualTo("LSTM 16 (16) -> Repeat 6 (16x6) -> LSTM 16 (16x6) -> Dense 1 per step (1x6)");
        // stacked and bidirectional: the lower encoder layer returns every input step, twice as wide
        ModelConfig deep = config(List.of(8, 4), List.of(5, 3), true);
        assertThat(deep.architecture().layerSummary(new NetworkShape(3, 4, false, 24)))
                .isEqualTo("BiLSTM 8 (16x24) -> BiLSTM 4 (8) -> Repeat 4 (8x4) -> LSTM 5 (5x4) -> LSTM 3 (3x4) "
                        + "-> Dense 1 per step (1x4)");
        // window length unknown: the lower layer's steps are not guessed
        assertThat(deep.architecture().layerSummary(new NetworkShape(3, 4, false)))
                .startsWith("BiLSTM 8 -> BiLSTM 4 (8) -> Repeat 4 (8x4)");
    }

    @Test
    void countsItsParametersByHandAsDl4jDoes() {
        ModelConfig one = config(List.of(50), List.of(50), false);
        // encoder 4 (1*50 + 2500 + 50) = 10400; decoder 4 (50*50 + 2500 + 50) = 20200; dense per step 50 + 1
        assertThat(one.architecture().parameterCount(H6)).isEqualTo(10400 + 20200 + 51)
                .isEqualTo(NetworkFactory.build(one, H6, 1).numParams());

        ModelConfig deep = config(List.of(6, 4), List.of(5, 3), true);
        NetworkShape three = new NetworkShape(3, 4, false);
        // encoder bi: 2 x 4 (3*6 + 36 + 6) = 480, 2 x 4 (12*4 + 16 + 4) = 544 (hands on 8);
        // decoder: 4 (8*5 + 25 + 5) = 280, 4 (5*3 + 9 + 3) = 108; dense 3 + 1
        assertThat(deep.architecture().parameterCount(three)).isEqualTo(480 + 544 + 280 + 108 + 4)
                .isEqualTo(NetworkFactory.build(deep, three, 1).numParams());
    }

    @Test
    void isEncoderThenRepeatThenDecoderThenADenseLayerPerStep() {
        ModelConfig c = config(List.of(5), List.of(4), false);
        MultiLayerNetwork net = NetworkFactory.build(c, H6, 1);
        assertThat(net.getnLayers()).isEqualTo(4);
        assertThat(net.getLayerWiseConfigurations().getConf(0).getLayer()).isInstanceOf(LastTimeStep.class);
        assertThat(((RepeatVector) net.getLayer(1).conf().getLayer()).getN()).isEqualTo(6);
        assertThat(net.getLayer(2).conf().getLayer()).isInstanceOf(LSTM.class);
        assertThat(((RnnOutputLayer) net.getLayer(3).conf().getLayer()).getNOut()).isEqualTo(1);
        // 7 windows of 24 steps in (NCW), one value per step ahead out: [samples, 1, H]
        INDArray out = net.output(Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.DOUBLE, 7, 1, 24));
        assertThat(out.shape()).containsExactly(7, 1, 6);
        assertThat(((EncoderDecoder) c.architecture()).layerSummary(H6))
                .isEqualTo("LSTM 5 (5) -> Repeat 6 (5x6) -> LSTM 4 (4x6) -> Dense 1 per step (1x6)");
        assertThat(config(List.of(8, 4), List.of(4), true).architecture().summary())
                .isEqualTo("enc-dec LSTM(8,4) bi -> LSTM(4)");
    }

    @Test
    void modelSerializerSavesAndRestoresTheNetworkWithItsPredictions(@org.junit.jupiter.api.io.TempDir
                                                                       java.nio.file.Path dir) throws Exception {
        MultiLayerNetwork net = NetworkFactory.build(config(List.of(5), List.of(4), false), H6, 3);
        java.io.File zip = dir.resolve("seq2seq.zip").toFile();
        org.deeplearning4j.util.ModelSerializer.writeModel(net, zip, false);
        MultiLayerNetwork back = org.deeplearning4j.util.ModelSerializer.restoreMultiLayerNetwork(zip);
        INDArray x = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.DOUBLE, 4, 1, 24);
        assertThat(back.getLayerWiseConfigurations().getConf(1).getLayer()).isInstanceOf(RepeatVector.class);
        assertThat(back.output(x).ravel().toDoubleVector()).containsExactly(net.output(x).ravel().toDoubleVector());
    }

    @Test
    void decoderLayerProblemsNameTheDecoderField() {
        assertThat(config(List.of(5), List.of(), false).validate()).extracting(Problem::path)
                .containsExactly("architecture.decoderUnits");
        List<Problem> p = config(List.of(5), List.of(4, 0, LstmStack.MAX_UNITS + 1), false).validate();
        assertThat(p).extracting(Problem::path)
                .containsExactly("architecture.decoderUnits[1]", "architecture.decoderUnits[2]");
        assertThat(p.get(0).message()).startsWith("decoder: cells in layer 2 must be at least 1, was 0");
        assertThat(config(List.of(0), List.of(4), false).validate()).extracting(Problem::path)
                .containsExactly("architecture.units[0]");
    }

    @Test
    void aHorizonOfOneOrAManyToManyFrameIsAProblemNamingTheDataField() {
        ModelConfig c = config(List.of(5), List.of(4), false);
        assertThat(c.architecture().problemsFor(new NetworkShape(1, 1, false))).extracting(Problem::path)
                .containsExactly("horizon");
        assertThat(c.architecture().problemsFor(new NetworkShape(1, 1, true))).extracting(Problem::path)
                .containsExactly("shape");
        assertThat(c.architecture().problemsFor(H6)).isEmpty();
        assertThatThrownBy(() -> NetworkFactory.build(c, new NetworkShape(1, 1, false), 1))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("horizon must be at least 2, was 1");
        // a plain LSTM stack takes any shape
        assertThat(ModelConfig.DEFAULTS.architecture().problemsFor(new NetworkShape(1, 1, false))).isEmpty();
    }

    @Test
    void aClassifierCannotBeAnEncoderDecoder() {
        ModelConfig c = config(List.of(5), List.of(4), false).toBuilder()
                .task(Task.classification(org.lstmworkbench.data.sequence.ClassLabels.of(List.of("a", "b"))))
                .loss(LossKind.CROSS_ENTROPY).build();
        assertThat(c.validate()).extracting(Problem::path).containsExactly("architecture");
        assertThat(c.validate().get(0).message()).contains("a classifier reads a sequence into one label");
    }

    @Test
    void jsonRoundTripKeepsTheVariantAndItsFields() {
        ModelConfig c = config(List.of(32, 16), List.of(24), true).toBuilder().learningRate(0.01).build();
        String json = ModelConfigJson.write(c);
        assertThat(json).contains("\"type\" : \"encoder-decoder\"").contains("\"decoderUnits\" : [ 24 ]");
        assertThat(ModelConfigJson.read(json, "test")).isEqualTo(c);
    }

    @Test
    void jsonNamingTheTypeStartsFromItsDefaultsAroundTheDefaultLstmLayers() {
        ModelConfig c = ModelConfigJson.read("{\"formatVersion\": 2, \"architecture\": {\"type\": \"encoder-decoder\","
                + " \"decoderUnits\": [8, 4]}}", "test");
        assertThat(c.architecture()).isEqualTo(EncoderDecoder.of(ModelConfig.DEFAULTS.lstm(), List.of(8, 4)));
        ModelConfig d = ModelConfigJson.read("{\"formatVersion\": 2, \"architecture\": {\"type\": \"encoder-decoder\"}}",
                "test");
        assertThat(((EncoderDecoder) d.architecture()).decoderUnits()).containsExactly(10);
        assertThat(d.units()).containsExactly(10);
    }

    @Test
    void typeChangesKeepTheLstmLayersAsEncoder() {
        LstmStack stack = ModelConfig.builder().units(12, 6).build().lstm();
        Architecture a = Architectures.ofType("encoder-decoder", stack);
        assertThat(a).isEqualTo(EncoderDecoder.of(stack, List.of(6)));
        assertThat(Architectures.lstmPart(a)).isEqualTo(stack);
        assertThat(Architectures.ofType("lstm", a)).isEqualTo(stack);
        assertThat(Architectures.withLstmPart(a, stack.withUnits(List.of(3)))).isEqualTo(
                EncoderDecoder.of(stack.withUnits(List.of(3)), List.of(6)));
        assertThat(ModelConfig.builder().architecture(a).units(5).build().architecture())
                .isEqualTo(EncoderDecoder.of(stack.withUnits(List.of(5)), List.of(6)));
    }
}

package org.lstmworkbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.data.TransformSpec;
import org.lstmworkbench.model.CellActivation;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.OptimizerKind;
import org.lstmworkbench.model.WeightInitKind;

class ParametersTest {

    private static Map<String, String> values(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void setsModelFieldsByTheirJsonNamesWithTypesTakenFromTheField() {
        ModelConfig base = ModelConfig.builder().units(20).build();

        ModelConfig c = Parameters.applyToModel(base, values("units", "50/50", "batchSize", "4",
                "learningRate", "0.01", "optimizer", "rmsprop", "weightInit", "glorot-normal",
                "activation", "relu", "shuffle", "true", "earlyStopping.patience", "7", "l2", "1e-4"));

        assertThat(c.units()).containsExactly(50, 50);
        assertThat(c.batchSize()).isEqualTo(4);
        assertThat(c.learningRate()).isEqualTo(0.01);
        assertThat(c.optimizer()).isEqualTo(OptimizerKind.RMSPROP);
        assertThat(c.weightInit()).isEqualTo(WeightInitKind.GLOROT_NORMAL);
        assertThat(c.activation()).isEqualTo(CellActivation.RELU);
        assertThat(c.shuffle()).isTrue();
        assertThat(c.earlyStopping().patience()).isEqualTo(7);
        assertThat(c.l2()).isEqualTo(1e-4);
        assertThat(c.dropout()).as("untouched fields keep the base").isEqualTo(base.dropout());
    }

    @Test
    void layersRepeatsTheBaseFirstLayer() {
        ModelConfig c = Parameters.applyToModel(ModelConfig.builder().units(20).build(), values("layers", "3"));
        assertThat(c.units()).containsExactly(20, 20, 20);
    }

    @Test
    void setsFramingAndScalingOnTheDataSettings() {
        DatasetSpec base = DemoDatasets.recommendedSpec("sine");

        DatasetSpec d = Parameters.applyToData(base, values("lags", "10", "scale", "standard", "units", "5"));

        assertThat(d.lags()).isEqualTo(10);
        assertThat(d.transform().scaling()).isEqualTo(TransformSpec.Scaling.Z_SCORE);
        assertThat(d.source()).isEqualTo(base.source());
    }

    @Test
    void namesUnknownParametersBadValuesAndRefusesTheSeed() {
        ModelConfig base = ModelConfig.defaults();
        assertThatThrownBy(() -> Parameters.applyToModel(base, values("unitz", "5")))
                .hasMessageContaining("unknown parameter \"unitz\"").hasMessageContaining("learningRate");
        assertThatThrownBy(() -> Parameters.applyToModel(base, values("batchSize", "two")))
                .hasMessageContaining("batchSize takes a whole number, not \"two\"");
        assertThatThrownBy(() -> Parameters.requireKnown("seed")).hasMessageContaining("repeats vary the seed");
        assertThatThrownBy(() -> Parameters.applyToData(DemoDatasets.recommendedSpec("sine"), values("scale", "log")))
                .hasMessageContaining("scale takes none, minmax");
    }

    @Test
    void knowsWhichParametersAreWholeNumbers() {
        assertThat(List.of("units", "epochs", "batchSize", "lags", "layers", "earlyStopping.patience"))
                .allMatch(Parameters::isInteger);
        assertThat(List.of("learningRate", "dropout", "l2")).noneMatch(Parameters::isInteger);
    }

    @Test
    void perLayerActivationAndDropoutAreWrittenLikeStackedUnits() {
        ModelConfig base = ModelConfig.builder().units(20, 10).build();
        ModelConfig c = Parameters.applyToModel(base, values("activation", "relu/tanh", "dropout", "0.2/0.1",
                "init", "glorot-normal", "recurrentDrop", "0.25"));
        assertThat(c.lstm().activationOf(0)).isEqualTo(CellActivation.RELU);
        assertThat(c.lstm().activationOf(1)).isEqualTo(CellActivation.TANH);
        assertThat(c.layerDropout()).containsExactly(0.2, 0.1);
        assertThat(c.weightInit()).isEqualTo(WeightInitKind.GLOROT_NORMAL);
        assertThat(c.recurrentDrop()).isEqualTo(0.25);
        assertThat(c.validate()).isEmpty();

        ModelConfig one = Parameters.applyToModel(c, values("layerDropout", "0.3", "layerActivations", "softsign"));
        assertThat(one.layerDropout()).isEmpty();
        assertThat(one.dropout()).isEqualTo(0.3);
        assertThat(one.layerActivations()).isEmpty();
        assertThat(one.activation()).isEqualTo(CellActivation.SOFTSIGN);
        assertThat(Parameters.names()).contains("init", "recurrentDrop", "layerActivations", "layerDropout");
    }

    @Test
    void sweepsTheArchitectureAndItsSettingsByName() {
        ModelConfig c = Parameters.applyToModel(ModelConfig.builder().units(20).build(), values("architecture", "cnn-lstm",
                "filters", "32/16", "kernelSize", "5", "subsequences", "2", "pool", "0", "units", "30"));

        org.lstmworkbench.model.CnnLstm a = (org.lstmworkbench.model.CnnLstm) c.architecture();
        assertThat(a.conv()).extracting(org.lstmworkbench.model.ConvLayer::filters).containsExactly(32, 16);
        assertThat(a.conv()).extracting(org.lstmworkbench.model.ConvLayer::kernelSize).containsExactly(5, 5);
        assertThat(a.subsequences()).isEqualTo(2);
        assertThat(a.pool()).isZero();
        assertThat(a.lstm().units()).containsExactly(30);
    }

    @Test
    void convolutionSettingsMeanNothingToTheLstmRunsOfAnArchitectureSweep() {
        ModelConfig base = ModelConfig.builder().units(20).build();
        assertThat(Parameters.applyToModel(base, values("architecture", "lstm", "filters", "32"))).isEqualTo(base);
        assertThatThrownBy(() -> Parameters.applyToModel(base, values("filters", "32")))
                .hasMessageContaining("filters is a setting of the cnn-lstm architecture, not of lstm");
    }

    @Test
    void lstmFieldsOfACnnLstmBaseChangeItsLstmLayers() {
        ModelConfig base = ModelConfig.builder().architecture(org.lstmworkbench.model.CnnLstm.around(
                ModelConfig.DEFAULTS.lstm())).build();
        ModelConfig c = Parameters.applyToModel(base, values("units", "7/7", "learningRate", "0.01"));
        assertThat(c.architecture()).isEqualTo(((org.lstmworkbench.model.CnnLstm) base.architecture())
                .withLstm(base.lstm().withUnits(List.of(7, 7))));
        assertThat(c.learningRate()).isEqualTo(0.01);
    }

    @Test
    void sweepsEncoderDecodersByTheirDecoderUnits() {
        ModelConfig base = ModelConfig.builder().units(20).build();
        ModelConfig c = Parameters.applyToModel(base, values("architecture", "encoder-decoder", "units", "30",
                "decoderUnits", "16/8"));
        org.lstmworkbench.model.EncoderDecoder a = (org.lstmworkbench.model.EncoderDecoder) c.architecture();
        assertThat(a.units()).containsExactly(30);
        assertThat(a.decoderUnits()).containsExactly(16, 8);
        // without decoderUnits the decoder is one layer as wide as the encoder's last
        ModelConfig d = Parameters.applyToModel(base, values("architecture", "encoder-decoder", "units", "12/6"));
        assertThat(((org.lstmworkbench.model.EncoderDecoder) d.architecture()).decoderUnits()).containsExactly(6);
        // decoderUnits mean nothing to the lstm runs of the same sweep, and are an error on an lstm base alone
        assertThat(Parameters.applyToModel(base, values("architecture", "lstm", "decoderUnits", "8"))).isEqualTo(base);
        assertThatThrownBy(() -> Parameters.applyToModel(base, values("decoderUnits", "8")))
                .hasMessageContaining("decoderUnits is a setting of the encoder-decoder architecture, not of lstm");
        assertThat(Parameters.names()).contains("decoderUnits");
        assertThat(Parameters.isInteger("decoderUnits")).isTrue();
    }

    @Test
    void architectureNamesAreSweepable() {
        assertThat(Parameters.names()).contains("architecture", "filters", "kernelSize", "pool", "subsequences");
        assertThat(Parameters.isInteger("filters")).isTrue();
        assertThat(Parameters.isInteger("architecture")).isFalse();
    }
}

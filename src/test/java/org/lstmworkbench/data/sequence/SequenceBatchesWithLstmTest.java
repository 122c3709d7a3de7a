package org.lstmworkbench.data.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The padded batches as a many-to-one LSTM classifier reads them: padding changes no prediction,
 * an untrained classifier starts near ln K, and the teaching demo is learnt.
 */
class SequenceBatchesWithLstmTest {

    private static MultiLayerNetwork classifier(int features, int classes, long seed) {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                .seed(seed).dataType(DataType.DOUBLE).updater(new Adam(0.02)).weightInit(WeightInit.XAVIER)
                .list()
                .layer(new LastTimeStep(new LSTM.Builder().nIn(features).nOut(8).activation(Activation.TANH).build()))
                .layer(new OutputLayer.Builder(LossFunction.MCXENT).nIn(8).nOut(classes)
                        .activation(Activation.SOFTMAX).build())
                .build());
        net.init();
        return net;
    }

    private static INDArray predict(MultiLayerNetwork net, DataSet ds) {
        return net.output(ds.getFeatures(), false, ds.getFeaturesMaskArray(), null);
    }

    @Test
    void paddingChangesNoPrediction() {
        SequenceDataset d = SequenceDemos.risingFalling(3);
        MultiLayerNetwork net = classifier(1, 2, 5);
        List<Sequence> batch = new ArrayList<>();
        Sequence shortest = d.sequences().stream().filter(s -> s.length() == d.minLength()).findFirst().orElseThrow();
        batch.add(shortest);
        d.sequences().stream().filter(s -> s.length() == d.maxLength()).limit(3).forEach(batch::add);
        INDArray alone = predict(net, SequencePadding.toDataSet(List.of(shortest), d.classes(), SequenceLength.VARIABLE));
        DataSet padded = SequencePadding.toDataSet(batch, d.classes(), SequenceLength.VARIABLE);
        assertThat(padded.getFeatures().size(2)).isEqualTo(10);
        INDArray together = predict(net, padded);
        for (int k = 0; k < 2; k++) {
            assertThat(together.getDouble(0, k)).isCloseTo(alone.getDouble(0, k), within(1e-9));
        }
    }

    /**
     * One untrained 2-class model may start anywhere in about 0.5..0.9 (its random weights may
     * happen to lean towards or against the labels); the mean over seeds sits at ln 2. Six classes
     * scatter less: every seed lands within 10% of ln 6.
     */
    @Test
    void untrainedClassifiersStartNearLnK() {
        SequenceDataset two = SequenceDemos.risingFalling(3);
        SequenceDataset six = SequenceDemos.controlCharts(3);
        DataSet twoBatch = SequencePadding.toDataSet(two.sequences(), two.classes(), SequenceLength.VARIABLE);
        SequenceScaler scaler = SequenceScaler.fit(org.lstmworkbench.data.TransformSpec.Scaling.Z_SCORE,
                six.sequences());
        DataSet sixBatch = SequencePadding.toDataSet(scaler.apply(six.sequences()), six.classes(),
                SequenceLength.VARIABLE);
        double sumTwo = 0;
        double sumSix = 0;
        int seeds = 12;
        for (long seed = 1; seed <= seeds; seed++) {
            sumTwo += classifier(1, 2, seed).score(twoBatch);
            double lossSix = classifier(1, 6, seed).score(sixBatch);
            assertThat(ChanceLevel.isNearChance(lossSix, 6)).as("6-class first loss %s, seed %s", lossSix, seed)
                    .isTrue();
            sumSix += lossSix;
        }
        assertThat(ChanceLevel.isNearChance(sumTwo / seeds, 2)).as("mean 2-class first loss %s", sumTwo / seeds)
                .isTrue();
        assertThat(sumSix / seeds).isCloseTo(Math.log(6), within(0.05 * Math.log(6)));
    }

    @Test
    void theTeachingDemoIsLearntInAFewDozenEpochs() {
        SequenceDataset d = SequenceDemos.risingFalling(SequenceDemos.DEFAULT_SEED);
        SequenceSplit split = SequenceSplitter.stratified(d, new PartFractions(0.8, 0.2, 0), 1);
        List<DataSet> batches = SequencePadding.minibatches(d.select(split.train()), d.classes(), 16,
                SequenceLength.VARIABLE);
        DataSet validation = SequencePadding.toDataSet(d, split.validation(), SequenceLength.VARIABLE);
        MultiLayerNetwork net = classifier(1, 2, 7);
        for (int epoch = 0; epoch < 40; epoch++) {
            batches.forEach(net::fit);
        }
        INDArray predicted = predict(net, validation).argMax(1);
        INDArray actual = validation.getLabels().argMax(1);
        int correct = 0;
        for (int i = 0; i < actual.length(); i++) {
            correct += predicted.getInt(i) == actual.getInt(i) ? 1 : 0;
        }
        assertThat(correct).isEqualTo(20);
        assertThat(net.score(validation)).isLessThan(0.1);
    }
}

package org.lstmworkbench.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.data.TransformSpec;
import org.lstmworkbench.data.sequence.ExportedClassifier;
import org.lstmworkbench.data.sequence.PartFractions;
import org.lstmworkbench.data.sequence.PreparedSequences;
import org.lstmworkbench.data.sequence.Sequence;
import org.lstmworkbench.data.sequence.SequenceDataset;
import org.lstmworkbench.data.sequence.SequenceDemos;
import org.lstmworkbench.data.sequence.SequenceLength;
import org.lstmworkbench.data.sequence.SequenceSplitter;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * A saved classifier, restored with plain {@code ModelSerializer} and fed raw sequences through its
 * JSON (scalers, padding, mask), gives the run's probabilities and classes on the validation part.
 */
class ClassifierExportTest {

    @TempDir
    Path dir;

    /** The rising-falling demo with sequence i cut by i mod 5 steps: lengths differ, so padding and mask act. */
    private static SequenceDataset ragged() {
        SequenceDataset d = SequenceDemos.risingFalling(SequenceDemos.DEFAULT_SEED);
        List<Sequence> cut = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            double[][] steps = d.sequence(i).steps();
            cut.add(d.sequence(i).withSteps(Arrays.copyOf(steps, steps.length - i % 5)));
        }
        return new SequenceDataset(d.source(), d.featureNames(), cut);
    }

    @Test
    void variableLengthSequencesGiveTheRunsProbabilities() throws Exception {
        roundTrip(SequenceLength.VARIABLE, TransformSpec.Scaling.Z_SCORE);
    }

    @Test
    void aFixedLengthKeepsTheLastStepsAsTheRunDid() throws Exception {
        ExportedClassifier c = roundTrip(SequenceLength.fixed(12), TransformSpec.Scaling.MIN_MAX);
        assertThat(c.fixedLength()).isEqualTo(12);
    }

    private ExportedClassifier roundTrip(SequenceLength length, TransformSpec.Scaling scaling) throws Exception {
        SequenceDataset raw = ragged();
        var split = SequenceSplitter.stratified(raw, new PartFractions(0.7, 0.3, 0), 5);
        PreparedSequences p = PreparedSequences.prepare(raw, split, scaling, length);
        Trainer trainer = new Trainer(ClassificationTrainingTest.config(p, 4, 3, 0.02, 16, 9),
                TrainingDataFactory.from(p));
        RunResult result = trainer.run(m -> { }, new CancellationToken());
        MultiLayerNetwork trained = trainer.network().orElseThrow();
        Path zip = dir.resolve("classifier.zip");

        ExportedClassifier written = ModelExport.writeClassifier(trained, p, zip);

        MultiLayerNetwork loaded = ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), true);
        ExportedClassifier c = ExportedClassifier.read(ModelExport.transformFile(zip));
        assertThat(c).isEqualTo(written);
        assertThat(c.classes()).containsExactlyElementsOf(p.classes().names());
        assertThat(c.features()).singleElement().satisfies(f -> {
            assertThat(f.scaling()).isEqualTo(scaling);
            assertThat(f.shift()).isEqualTo(p.scaler().features().get(0).shift());
        });
        assertThat(c.requiresWorkbenchClasses()).isEmpty();

        int[] validation = split.validation();
        List<double[][]> sequences = Arrays.stream(validation).mapToObj(i -> raw.sequence(i).steps()).toList();
        assertThat(sequences.stream().mapToInt(s -> s.length).distinct().count()).isGreaterThan(1);
        INDArray[] in = c.input(sequences);
        INDArray probabilities = loaded.output(in[0], false, in[1], null);

        DataSet run = p.dataSet(PreparedSequences.VALIDATION);
        INDArray expected = trained.output(run.getFeatures(), false, run.getFeaturesMaskArray(), null);
        assertThat(probabilities.shape()).containsExactly(validation.length, p.classes().size());
        double[][] got = probabilities.toDoubleMatrix();
        double[][] want = expected.toDoubleMatrix();
        for (int i = 0; i < got.length; i++) {
            for (int k = 0; k < got[i].length; k++) {
                assertThat(got[i][k]).as("sequence %d class %d", i, k).isCloseTo(want[i][k], within(1e-9 * want[i][k]));
            }
        }
        List<String> predicted = c.predictedClasses(probabilities);
        List<String> runClasses = Arrays.stream(expected.argMax(1).toIntVector()).mapToObj(p.classes()::name).toList();
        assertThat(predicted).containsExactlyElementsOf(runClasses);
        // the run's evaluation counted the same predictions
        long correct = java.util.stream.IntStream.range(0, validation.length)
                .filter(i -> predicted.get(i).equals(raw.sequence(validation[i]).label())).count();
        assertThat((double) correct / validation.length)
                .isEqualTo(result.classificationReports().get(RunResult.VALIDATION).accuracy());
        return c;
    }
}

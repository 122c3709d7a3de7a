package org.lstmworkbench.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accuracy curves in Keras histories, TF1 CSVLogger files and our history.csv reach the labeller. */
class AccuracyReadersTest {

    @TempDir
    Path dir;

    private static String list(double[] values) {
        return DoubleStream.of(values).mapToObj(Double::toString).collect(Collectors.joining(", ", "[", "]"));
    }

    @Test
    void kerasHistoryJsonWithValAccuracyIsReadAndLabelled() throws IOException {
        CurveInput in = ClassifierCurves.accuracyStillRising();
        AccuracyCurves acc = in.accuracy().orElseThrow();
        // as Python prints history.history, single quotes and all
        Path f = Files.writeString(dir.resolve("history.txt"), "history.history:{'loss': " + list(in.train())
                + ", 'accuracy': " + list(acc.train()) + ", 'val_loss': " + list(in.val())
                + ", 'val_accuracy': " + list(acc.val()) + "}");

        LossCurve curve = CurveReaders.read(f);
        AccuracyCurves read = curve.accuracy().orElseThrow();
        assertThat(read.train()).containsExactly(acc.train());
        assertThat(read.val()).containsExactly(acc.val());
        assertThat(read.classes()).isEmpty();
        assertThat(curve.extras()).containsOnlyKeys("accuracy", "val_accuracy");

        Diagnosis d = new CurveDiagnoser().diagnose(curve.toCurveInput());
        assertThat(d.title()).as(d.describe()).isEqualTo("UNDERFIT (STILL_IMPROVING)");
        assertThat(d.suggestion()).startsWith("Validation accuracy rose from 0.41 to 0.87 and was still rising over "
                + "the last 20% of epochs; training accuracy rose from 0.45 to 0.93.");
        assertThat(d.evidence()).doesNotContainKey("chanceAccuracy");
    }

    /** A TF1 CSVLogger file: epoch,acc,loss,val_acc,val_loss, epochs from 0. */
    private Path tf1CsvLog(CurveInput in) throws IOException {
        AccuracyCurves acc = in.accuracy().orElseThrow();
        double[] train = in.train();
        double[] val = in.val();
        StringBuilder s = new StringBuilder("epoch,acc,loss,val_acc,val_loss\n");
        for (int i = 0; i < train.length; i++) {
            s.append(String.format(Locale.ROOT, "%d,%s,%s,%s,%s%n", i, acc.train()[i], train[i], acc.val()[i], val[i]));
        }
        return Files.writeString(dir.resolve("training.log"), s);
    }

    @Test
    void tf1CsvLoggerWithAccAndValAccIsReadAndLabelled() throws IOException {
        CurveInput mismatch = ClassifierCurves.valAccuracyAboveTrain();
        LossCurve curve = CurveReaders.read(tf1CsvLog(mismatch));

        AccuracyCurves read = curve.accuracy().orElseThrow();
        assertThat(read.train()).containsExactly(mismatch.accuracy().orElseThrow().train());
        assertThat(read.val()[59]).isCloseTo(0.88 - 0.3 * Math.exp(-12), within(1e-15));
        Diagnosis d = new CurveDiagnoser().diagnose(curve.toCurveInput());
        assertThat(d.label()).as(d.describe()).isEqualTo(FitLabel.DATA_MISMATCH);
        assertThat(d.evidence().get("valAccAboveTrainShare")).isEqualTo(1.0);
    }

    @Test
    void theNumberOfClassesTurnsAReadCurveStuckAtLnTwoIntoNotLearning() throws IOException {
        LossCurve curve = CurveReaders.read(tf1CsvLog(ClassifierCurves.stuckAtChance(2)));
        CurveInput read = curve.toCurveInput();
        CurveInput withK = read.withAccuracy(read.accuracy().orElseThrow().withClasses(2));

        assertThat(new CurveDiagnoser().diagnose(read).label()).isNotEqualTo(FitLabel.NOT_LEARNING);
        Diagnosis d = new CurveDiagnoser().diagnose(withK);
        assertThat(d.label()).as(d.describe()).isEqualTo(FitLabel.NOT_LEARNING);
        assertThat(d.evidence().get("trainEndToChanceLoss")).isCloseTo(1.0, within(0.01));
    }

    @Test
    void aFileWithOnlyLossIsLabelledAsBefore() throws IOException {
        CurveInput overfit = Curves.overfit();
        Path f = Files.writeString(dir.resolve("history.json"), "{\"loss\": " + list(overfit.train()) + "}");

        LossCurve curve = CurveReaders.read(f);
        assertThat(curve.accuracy()).isEmpty();
        assertThat(curve.toCurveInput().accuracy()).isEmpty();
        assertThat(new CurveDiagnoser().diagnose(curve.toCurveInput()))
                .isEqualTo(new CurveDiagnoser().diagnose(CurveInput.of(overfit.train(), null)));
    }

    @Test
    void ourHistoryCsvAccuracyColumnsAreRead() throws IOException {
        Path f = Files.writeString(dir.resolve("history.csv"), "epoch,train_loss,val_loss,train_accuracy,val_accuracy\n"
                + "1,0.7,0.72,0.5,0.48\n2,0.5,0.55,0.75,0.7\n");
        AccuracyCurves acc = CurveReaders.read(f).accuracy().orElseThrow();
        assertThat(acc.train()).containsExactly(0.5, 0.75);
        assertThat(acc.val()).containsExactly(0.48, 0.7);
    }

    @Test
    void validationAccuracyAloneIsRead() throws IOException {
        Path f = Files.writeString(dir.resolve("h.json"), "{\"loss\": [0.7, 0.6], \"val_loss\": [0.7, 0.65], "
                + "\"val_accuracy\": [0.5, 0.6]}");
        AccuracyCurves acc = CurveReaders.read(f).accuracy().orElseThrow();
        assertThat(acc.train()).isNull();
        assertThat(acc.val()).containsExactly(0.5, 0.6);
    }

    @Test
    void accuracyInPercentIsAOneLineErrorNamingFileAndKey() throws IOException {
        Path f = Files.writeString(dir.resolve("h.json"), "{\"loss\": [0.7, 0.6], \"acc\": [55.0, 60.0], "
                + "\"val_acc\": [0.5, 0.6]}");
        LossCurve curve = CurveReaders.read(f);
        assertThatThrownBy(curve::toCurveInput).isInstanceOf(CurveFormatException.class)
                .hasMessage("h.json: 'acc'/'val_acc': Training accuracy must be a share in [0, 1] (or NaN), got 55.0 "
                        + "at epoch 1 (a percentage? divide by 100)");
    }
}

package org.lstmworkbench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lstmworkbench.diagnosis.CurveDiagnoser;
import org.lstmworkbench.diagnosis.CurveInput;
import org.lstmworkbench.diagnosis.CurveReaders;
import org.lstmworkbench.diagnosis.Diagnosis;
import org.lstmworkbench.diagnosis.LiveDiagnoser;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.RunFiles;

/**
 * The same curve gets the same diagnosis (label, kind, best epoch, every evidence number,
 * suggestion) whether it comes from a Keras CSVLogger file, Keras history JSON, the dict as
 * Python prints it, our history.csv, or a live run after its last epoch.
 *
 * <p>The live label can legitimately differ from the whole-curve label: a new label is shown
 * only after it has held for {@link LiveDiagnoser#hold} epochs, so a run whose label changed in
 * its last few epochs still shows the old one (see {@code SeedStoryTest} for how long that lasts).
 * The curves here end on a steady label, where the two must agree.
 */
class CurveSourcesAgreeTest {

    @TempDir
    Path dir;

    static Stream<Arguments> curves() {
        List<Arguments> out = new ArrayList<>();
        for (String[] c : new String[][] {{"seed-toy-lstm10-seed1", "1400"}, {"seed-toy-lstm10-seed1", "700"},
                {"seed-toy-lstm10-seed1", "100"}, {"seed-toy-lstm10-dropout", "600"}, {"seed-toy-sgd-lr2", "60"},
                {"seed-toy-adam-lr1e-6", "100"}, {"easier-validation-lstm10", "40"}, {"sine-lags1-lstm1", "60"}}) {
            CurveInput in = EngineCorpus.cut(EngineCorpus.curve(c[0]), Integer.parseInt(c[1]));
            out.add(Arguments.of(c[0] + "@" + c[1], CurveInput.of(in.train(), in.val())));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("curves")
    void sameDiagnosisFromKerasCsvJsonPrintedDictHistoryCsvAndLive(String name, CurveInput curve) throws IOException {
        Diagnosis direct = new CurveDiagnoser().diagnose(curve);
        double[] train = curve.train();
        double[] val = curve.val();

        StringBuilder keras = new StringBuilder("epoch,val_loss,loss\n"); // Keras sorts its keys; any order is read
        IntStream.range(0, train.length).forEach(i -> keras.append(i).append(',').append(val[i]).append(',')
                .append(train[i]).append('\n'));
        Path kerasCsv = Files.writeString(dir.resolve("training.log"), keras);

        String json = "{\"loss\": " + list(train) + ", \"val_loss\": " + list(val) + "}";
        Path kerasJson = Files.writeString(dir.resolve("history.json"), json);
        Path printed = Files.writeString(dir.resolve("printed.txt"),
                "history.history:" + json.replace('"', '\''));

        List<EpochMetrics> history = new ArrayList<>();
        for (int i = 0; i < train.length; i++) {
            history.add(EpochMetrics.regression(i + 1, train[i], val[i], Math.sqrt(train[i]), Math.sqrt(val[i]), 1e-3, i));
        }
        Path historyCsv = dir.resolve("history.csv");
        RunFiles.writeHistory(historyCsv, history);

        for (Path file : List.of(kerasCsv, kerasJson, printed, historyCsv)) {
            Diagnosis d = new CurveDiagnoser().diagnose(CurveReaders.read(file).toCurveInput());
            assertThat(d).as(file.getFileName().toString()).isEqualTo(direct);
        }

        LiveDiagnoser live = new LiveDiagnoser();
        Diagnosis shown = null;
        for (int e = 1; e <= train.length; e++) {
            shown = live.update(Arrays.copyOf(train, e), Arrays.copyOf(val, e));
        }
        assertThat(shown).as("live").isEqualTo(direct);
    }

    /** A run that ended on NaN: history.csv keeps finite epochs only (train's run.json says it diverged), so no history.csv here. */
    @Test
    void sameDivergedDiagnosisFromKerasFilesAndLiveWhenTheLossTurnsNaN() throws IOException {
        CurveInput in = EngineCorpus.curve("seed-toy-sgd-lr2-long");
        double[] train = in.train();
        double[] val = in.val();
        Diagnosis direct = new CurveDiagnoser().diagnose(CurveInput.of(train, val));
        assertThat(direct.evidence().get("firstNonFiniteEpoch")).isEqualTo(323.0);

        StringBuilder keras = new StringBuilder("epoch,loss,val_loss\n");
        IntStream.range(0, train.length).forEach(i -> keras.append(i).append(',').append(py(train[i])).append(',')
                .append(py(val[i])).append('\n'));
        Path kerasCsv = Files.writeString(dir.resolve("training.log"), keras);
        Path printed = Files.writeString(dir.resolve("printed.txt"), "{'loss': " + pyList(train)
                + ", 'val_loss': " + pyList(val) + "}");
        for (Path file : List.of(kerasCsv, printed)) {
            assertThat(new CurveDiagnoser().diagnose(CurveReaders.read(file).toCurveInput())).isEqualTo(direct);
        }
        LiveDiagnoser live = new LiveDiagnoser();
        Diagnosis shown = null;
        for (int e = 1; e <= train.length; e++) {
            shown = live.update(Arrays.copyOf(train, e), Arrays.copyOf(val, e));
        }
        assertThat(shown).isEqualTo(direct);
    }

    private static String py(double v) {
        return Double.isNaN(v) ? "nan" : String.valueOf(v);
    }

    private static String pyList(double[] values) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ", ").append(py(values[i]));
        }
        return s.append(']').toString();
    }

    private static String list(double[] values) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ", ").append(values[i]);
        }
        return s.append(']').toString();
    }
}

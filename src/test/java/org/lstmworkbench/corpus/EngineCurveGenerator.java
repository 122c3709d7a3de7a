package org.lstmworkbench.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.diagnosis.CurveInput;
import org.lstmworkbench.diagnosis.DiagnosisJson;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.report.LossChartImages;

/**
 * Generates the engine-made curves of the labelled corpus, once, into
 * {@code src/test/resources/corpus/engine/}: per scenario {@code NAME.csv} (our history.csv
 * columns {@code epoch,train_loss,val_loss}, epochs from 1, {@code nan} for a diverged epoch)
 * and {@code NAME.json} (what the labeller knows beyond the curves: the persistence baseline
 * and dropout, as {@code train} stores it). The labels themselves are in
 * {@code corpus/labels.csv}, given by reading each curve (and its chart), not by the labeller.
 *
 * <p>Run from the project folder after {@code mvn -q -o test-compile}:
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) \
 *     org.lstmworkbench.corpus.EngineCurveGenerator src/test/resources/corpus/engine [CHART_DIR]
 * </pre>
 * where {@code cp.txt} comes from {@code mvn -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 * Takes about a minute on 2 cores. With CHART_DIR it also writes a PNG chart per curve to look at.
 * Re-running on the same machine reproduces the files (seeded runs, one native thread).
 */
public final class EngineCurveGenerator {

    private EngineCurveGenerator() {
    }

    /** Scenario name to (data, configuration); every run uses seed 1 unless its name says otherwise. */
    static Map<String, Scenario> scenarios() {
        Map<String, Scenario> s = new LinkedHashMap<>();
        ModelConfig toy = EngineRuns.SEED_TOY;
        s.put("seed-toy-lstm10-seed1", new Scenario(d -> EngineRuns.seedSequence(), toy.toBuilder().epochs(1400).build(), 1));
        s.put("seed-toy-lstm10-seed2", new Scenario(d -> EngineRuns.seedSequence(), toy.toBuilder().epochs(1000).build(), 2));
        s.put("seed-toy-lstm10-dropout", new Scenario(d -> EngineRuns.seedSequence(),
                toy.toBuilder().epochs(600).dropout(0.2).build(), 1));
        s.put("seed-toy-adam-lr1e-6", new Scenario(d -> EngineRuns.seedSequence(),
                toy.toBuilder().epochs(100).learningRate(1e-6).build(), 1));
        s.put("seed-toy-sgd-lr2", new Scenario(d -> EngineRuns.seedSequence(),
                EngineRuns.sgd(2, 60).toBuilder().batchSize(5).build(), 1));
        s.put("seed-toy-sgd-lr2-long", new Scenario(d -> EngineRuns.seedSequence(),
                EngineRuns.sgd(2, 400).toBuilder().batchSize(5).build(), 1));
        s.put("seed-toy-sgd-lr0.7", new Scenario(d -> EngineRuns.seedSequence(),
                EngineRuns.sgd(0.7, 60).toBuilder().batchSize(5).build(), 1));
        s.put("seasonal-unscaled-sgd-lr0.1", new Scenario(d -> EngineRuns.seasonalUnscaled(), EngineRuns.sgd(0.1, 30), 1));
        s.put("sine-lags1-lstm1", new Scenario(d -> EngineRuns.sineLags1(),
                ModelConfig.builder().units(1).epochs(60).learningRate(0.01).build(), 1));
        s.put("easier-validation-lstm10", new Scenario(EngineRuns::easierValidation,
                ModelConfig.builder().units(10).epochs(40).build(), 1));
        return s;
    }

    /** One engine run to record. */
    record Scenario(Function<Path, PreparedData> data, ModelConfig config, long seed) {
    }

    public static void main(String[] args) throws IOException {
        Path out = Files.createDirectories(Path.of(args[0]));
        Path charts = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : null;
        Path scratch = Files.createTempDirectory("corpus-data");
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        for (Map.Entry<String, Scenario> e : scenarios().entrySet()) {
            Scenario sc = e.getValue();
            long t0 = System.nanoTime();
            EngineRuns.Run run = EngineRuns.train(sc.data().apply(scratch), sc.config(), sc.seed());
            CurveInput in = run.input();
            Files.writeString(out.resolve(e.getKey() + ".csv"), csv(in));
            Files.writeString(out.resolve(e.getKey() + ".json"),
                    json.writeValueAsString(DiagnosisJson.inputToJson(in)) + "\n");
            if (charts != null) {
                double[] val = in.val() == null ? new double[in.epochs()] : in.val();
                LossChartImages.writePng(charts.resolve(e.getKey() + ".png"), e.getKey(), in.train(), val, 800, 500);
            }
            System.out.printf(Locale.ROOT, "%s: %d epochs, %s, %.1f s%n", e.getKey(), in.epochs(),
                    run.result().status().label(), (System.nanoTime() - t0) / 1e9);
        }
    }

    /** history.csv's first three columns; non-finite losses as Python spells them (the readers accept both). */
    static String csv(CurveInput in) {
        StringBuilder s = new StringBuilder("epoch,train_loss,val_loss\n");
        double[] train = in.train();
        double[] val = in.val();
        for (int i = 0; i < train.length; i++) {
            s.append(i + 1).append(',').append(cell(train[i])).append(',').append(val == null ? "" : cell(val[i]))
                    .append('\n');
        }
        return s.toString();
    }

    private static String cell(double v) {
        return Double.isNaN(v) ? "nan" : Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : Double.toString(v);
    }
}

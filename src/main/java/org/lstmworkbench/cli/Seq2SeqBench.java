package org.lstmworkbench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.experiment.Seq2SeqPreset;
import org.lstmworkbench.forecast.Forecasts;
import org.lstmworkbench.forecast.RunForecast;
import org.lstmworkbench.forecast.StepComparison;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.CancellationToken;
import org.lstmworkbench.training.EnginePolicy;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.Trainer;
import org.lstmworkbench.training.TrainingData;
import org.lstmworkbench.training.TrainingDataFactory;

/**
 * {@code bench --workload seq2seq}: the encoder-decoder preset ({@link Seq2SeqPreset}: demo:seasonal,
 * lags 24, horizon 6, 16 + 16 cells, batch 16, 60 epochs, DL4J's fit) and the direct many-to-one
 * model with the same encoder (on the fast engine and on DL4J's fit), timed one after the other, with their validation loss over
 * persistence's and the RMSE by step ahead in original units. The same workload is {@code seq2seq}
 * in {@code src/bench/pytorch_peer.py}.
 */
final class Seq2SeqBench {

    static final String NAME = "seq2seq";

    private Seq2SeqBench() {
    }

    static int run(PrintWriter out) {
        BenchStart.print(out, 0);
        PreparedData prepared = DataPipeline.prepare(Seq2SeqPreset.data());
        TrainingData data = TrainingDataFactory.from(prepared);
        out.printf(Locale.ROOT, "workload %s: demo:seasonal, lags %d, horizon %d, %d training and %d validation "
                        + "windows, batch 16, %d epochs%n", NAME, Seq2SeqPreset.LAGS, Seq2SeqPreset.HORIZON,
                data.train().samples(), data.validationPart().map(p -> p.samples()).orElse(0),
                Seq2SeqPreset.config().epochs());
        out.printf(Locale.ROOT, "%-8s %8s %10s %12s %16s  %s%n", "model", "params", "wall s", "ms/epoch",
                "val/persistence", "layers; trainer");
        out.flush();
        Map<String, RunForecast> forecasts = new LinkedHashMap<>();
        double persistence = prepared.baselines().persistenceMse();
        forecasts.put("seq2seq", timed(out, "seq2seq", Seq2SeqPreset.config(), prepared, data, persistence,
                EnginePolicy.AUTO));
        forecasts.put("direct", timed(out, "direct", Seq2SeqPreset.direct(), prepared, data, persistence,
                EnginePolicy.AUTO));
        // the same model on DL4J's fit, the path the encoder-decoder takes, for a like-for-like time
        timed(out, "direct", Seq2SeqPreset.direct(), prepared, data, persistence, EnginePolicy.DL4J);
        out.println("validation RMSE by step ahead, original units:");
        StepComparison.table(RunForecast.VALIDATION, forecasts).forEach(line -> out.println("  " + line));
        out.flush();
        return 0;
    }

    private static RunForecast timed(PrintWriter out, String name, ModelConfig config, PreparedData prepared,
                                     TrainingData data, double persistenceMse, EnginePolicy policy) {
        Trainer trainer = new Trainer(config, data, policy);
        RunResult r = trainer.run(m -> { }, new CancellationToken());
        out.printf(Locale.ROOT, "%-8s %8d %10.2f %12.1f %16.3f  %s; %s%n", name, r.parameterCount(),
                r.wallMillis() / 1000.0, (double) r.wallMillis() / Math.max(1, r.history().size()),
                r.finalValLoss() / persistenceMse, config.architecture().layerSummary(data.shape()),
                r.engine().describe());
        out.flush();
        return Forecasts.compute(trainer.network().orElseThrow(), prepared);
    }
}

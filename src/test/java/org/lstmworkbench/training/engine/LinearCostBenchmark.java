package org.lstmworkbench.training.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.data.CsvLoader;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.DataTable;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.data.FramedSet;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.data.TransformSpec;
import org.lstmworkbench.metrics.Losses;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkShape;
import org.lstmworkbench.model.OptimizerKind;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Not a timed test (tagged {@code benchmark}, left out of {@code mvn verify}): the cost of big files.
 * Prints load + frame + baselines of a 1,000,000-row CSV (time and peak heap), and the per-epoch
 * original-unit RMSE (train and validation inverted, as every epoch does) beside one LSTM(2) training
 * epoch on a 40,000-row series. Run: {@code mvn -o test -Dtest=LinearCostBenchmark -DexcludedGroups=none}.
 */
@Tag("benchmark")
class LinearCostBenchmark {

    private static final TransformSpec TRANSFORM = new TransformSpec(TransformSpec.Power.LOG, null, 24, 1,
            TransformSpec.Scaling.Z_SCORE);

    @Test
    void millionRowsLoadFrameAndBaselines(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("million.csv");
        write(csv, 1_000_000);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        DataTable table = CsvLoader.read(csv);
        PreparedData data = DataPipeline.prepare(spec(csv), table);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.println("load " + Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.printf("BENCH 1M rows load+frame+baselines %.2f s, peak heap %.0f MB (max %d MB)%n", seconds,
                peak / 1e6, Runtime.getRuntime().maxMemory() / 1_000_000);
        assertThat(data.baselines().persistenceMse()).isFinite();
    }

    @Test
    void perEpochRmseBesideAnEpoch(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("forty.csv");
        write(csv, 40_000);
        PreparedData data = DataPipeline.prepare(spec(csv), CsvLoader.read(csv));
        ModelConfig config = EngineFixtures.config().units(2).batchSize(32).optimizer(OptimizerKind.ADAM).build();
        NetworkShape shape = new NetworkShape(1, 1, false);
        MultiLayerNetwork net = EngineFixtures.net(config, shape);
        double[] params = EngineFixtures.params(net);
        List<EngineBatch> batches = data.train().toDataSet().batchBy(32).stream().map(EngineBatch::of).toList();
        FramedSet train = data.train();
        FramedSet validation = data.validation();
        double[][] trainY = train.y();
        double[][] validationY = validation.y();
        // the training loop keeps the original-unit targets (DataPart), so only the inversion and RMSE are per epoch
        double[][] trainOriginal = train.yOriginal();
        double[][] validationOriginal = validation.yOriginal();
        try (LstmEngine engine = LstmEngine.of(config, shape, net, 1)) {
            double[] grad = new double[params.length];
            Runnable epoch = () -> batches.forEach(b -> {
                engine.gradient(b, params, grad);
                for (int i = 0; i < params.length; i++) {
                    params[i] -= 0.001 * grad[i] / b.examples();
                }
            });
            Runnable rmse = () -> {
                Losses.rmse(data.toOriginalUnits(train, trainY), trainOriginal);
                Losses.rmse(data.toOriginalUnits(validation, validationY), validationOriginal);
            };
            // warm-up until the JIT has compiled both
            time(epoch, 5);
            time(rmse, 30);
            double epochMs = time(epoch, 10);
            double rmseMs = time(rmse, 30);
            System.out.println("load " + Files.readString(Path.of("/proc/loadavg")).trim());
            System.out.printf("BENCH 40k rows (%d train, %d validation samples): epoch %.1f ms, RMSE in original units"
                    + " %.2f ms (%.2f%% of the epoch)%n", train.size(), validation.size(), epochMs, rmseMs,
                    100 * rmseMs / epochMs);
            assertThat(rmseMs).isPositive();
        } finally {
            batches.forEach(EngineBatch::close);
        }
    }

    private static DatasetSpec spec(Path csv) {
        return DatasetSpec.builder(csv.toString()).transform(TRANSFORM).lags(12).build();
    }

    /** A daily-cycle series with a trend and noise from a fixed LCG, one value per row. */
    private static void write(Path csv, int rows) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("t,value\n");
            long state = 13;
            for (int i = 0; i < rows; i++) {
                state = state * 6364136223846793005L + 1442695040888963407L;
                double noise = (state >>> 11) / (double) (1L << 53) - 0.5;
                w.write(i + "," + (100 + 20 * Math.sin(2 * Math.PI * i / 24) + i * 1e-4 + noise) + "\n");
            }
        }
    }

    private static double time(Runnable r, int times) {
        long start = System.nanoTime();
        for (int e = 0; e < times; e++) {
            r.run();
        }
        return (System.nanoTime() - start) / 1e6 / times;
    }
}

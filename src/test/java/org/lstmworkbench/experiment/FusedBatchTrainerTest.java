package org.lstmworkbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.BatchTrainer;
import org.lstmworkbench.training.CancellationToken;
import org.lstmworkbench.training.FusedBatchTrainer;
import org.lstmworkbench.training.PerRunTrainer;

/** The sweep runner gives the same records with fused batches as with one network per run. */
class FusedBatchTrainerTest {

    private static Experiment experiment(ModelConfig base, String units, int repeats) {
        return new Experiment(DemoDatasets.recommendedSpec("seed-sequence"), base,
                SweepSpec.grid(List.of(SweepParam.parse("units=" + units))), repeats, 3);
    }

    private static Map<String, RunRecord> run(Experiment e, BatchTrainer trainer) {
        return new SweepRunner(e, trainer, 2).run(null, new CancellationToken()).runs().stream()
                .collect(Collectors.toMap(RunRecord::id, Function.identity()));
    }

    /** The fused trainer the bench's {@code --path fused} times for this experiment. */
    private static BatchTrainer fused(Experiment e, int threads) {
        return FusedBatchTrainer.forSweep(e.base(), e.runs().stream().map(RunSpec::config).toList(), e.sweep().size(),
                e.repeats(), e.parameterNames().stream().allMatch("units"::equals), threads);
    }

    @Test
    void aCellsGridGivesTheSameHistoriesFusedAsPlain() {
        Experiment e = experiment(ModelConfig.builder().batchSize(5).epochs(15).build(), "1,5,10", 3);
        // sweeps train one network per run now (the fast engine is faster); the fused trainer stays for the bench
        assertThat(e.trainer(2)).isInstanceOf(PerRunTrainer.class);
        BatchTrainer chosen = fused(e, 2);
        assertThat(chosen).isInstanceOf(FusedBatchTrainer.class);
        // 9 runs that differ only in cells and seed, 48 cells in all: one fused network
        assertThat(chosen.maxBatchSize()).isEqualTo(9);
        // 300 cells: one network per worker
        Experiment wide = experiment(ModelConfig.builder().batchSize(5).epochs(15).build(), "10", 30);
        assertThat(fused(wide, 2).maxBatchSize()).isEqualTo(15);
        Map<String, RunRecord> plain = run(e, new PerRunTrainer());
        Map<String, RunRecord> fused = run(e, chosen);
        assertThat(fused.keySet()).isEqualTo(plain.keySet()).hasSize(9);
        plain.forEach((id, p) -> {
            RunRecord f = fused.get(id);
            assertThat(f.seed()).isEqualTo(p.seed());
            assertThat(f.status()).isEqualTo(p.status());
            double[] pv = p.valLosses();
            double[] fv = f.valLosses();
            assertThat(fv).hasSameSizeAs(pv);
            for (int i = 0; i < pv.length; i++) {
                assertThat(Math.abs(fv[i] - pv[i])).as("%s epoch %d", id, i + 1).isLessThanOrEqualTo(1e-12);
            }
        });
    }

    @Test
    void dropoutFallsBackToOneNetworkPerRunWithIdenticalResults() {
        Experiment e = experiment(ModelConfig.builder().batchSize(5).epochs(5).dropout(0.3).build(), "2", 3);
        assertThat(e.trainer(2)).isInstanceOf(PerRunTrainer.class);
        // handed a batch anyway, the fused trainer refuses it and trains run by run
        Map<String, RunRecord> plain = run(e, new PerRunTrainer());
        Map<String, RunRecord> viaFused = run(e, new FusedBatchTrainer(3));
        plain.forEach((id, p) -> assertThat(viaFused.get(id).valLosses()).containsExactly(p.valLosses()));
    }

    @Test
    void pointsDifferingInMoreThanCellsNeverShareABatch() {
        FusedBatchTrainer t = new FusedBatchTrainer(10);
        Experiment e = new Experiment(DemoDatasets.recommendedSpec("seed-sequence"),
                ModelConfig.builder().batchSize(5).epochs(5).build(),
                SweepSpec.grid(List.of(SweepParam.parse("learningRate=0.001,0.01"))), 2, 3);
        List<RunSpec> runs = e.runs();
        assertThat(t.sameBatch(runs.get(0).config(), runs.get(1).config())).isTrue();
        assertThat(t.sameBatch(runs.get(0).config(), runs.get(2).config())).isFalse();
        // 2 points x 4 repeats on 2 workers: one batch per point
        Experiment r4 = new Experiment(e.data(), e.base(), e.sweep(), 4, 3);
        assertThat(fused(r4, 2).maxBatchSize()).isEqualTo(4);
    }
}

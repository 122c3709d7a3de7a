package org.lstmworkbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.diagnosis.SanityChecks.Finding;
import org.lstmworkbench.diagnosis.SanityChecks.Severity;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.CancellationToken;

class SanityRunTest {

    private static final PreparedData SEED = DataPipeline.prepare(DemoDatasets.recommendedSpec("seed-sequence"));

    private static Finding find(List<Finding> findings, String check) {
        return findings.stream().filter(f -> f.check().equals(check)).findFirst().orElseThrow();
    }

    @Test
    void theSeedsModelCanMemoriseATinySubsetButHasManyParametersPerSample() {
        List<Finding> f = SanityRun.check(ModelConfig.builder().units(10).batchSize(5).epochs(300).build(), SEED,
                new CancellationToken());
        assertThat(find(f, "parameters").severity()).isEqualTo(Severity.WARNING);
        assertThat(find(f, "parameters").message()).startsWith("491 parameters for 5 training samples");
        assertThat(find(f, "tiny subset").severity()).isEqualTo(Severity.INFO);
        assertThat(find(f, "initial loss").message()).contains("expected untrained");
    }

    @Test
    void aLearningRateTooSmallToLearnFailsTheTinySubsetCheck() {
        List<Finding> f = SanityRun.check(ModelConfig.builder().units(10).batchSize(5).learningRate(1e-7).build(),
                SEED, new CancellationToken());
        assertThat(find(f, "tiny subset").severity()).isEqualTo(Severity.WARNING);
        assertThat(find(f, "tiny subset").message()).contains("cannot even memorise");
    }
}

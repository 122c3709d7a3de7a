package org.lstmworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lstmworkbench.data.sequence.PreparedSequences;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.model.ModelConfig;

/** The control-charts bench workload is the one the issue and the PyTorch peer describe. */
class ClassifierBenchTest {

    @Test
    void theWorkloadIs600SequencesOf60StepsOnAnLstm32ClassifierWithBatch32For50Epochs() {
        PreparedSequences prepared = ClassifierBench.spec().prepare();
        ModelConfig c = ClassifierBench.config(prepared);
        assertThat(prepared.dataset().size()).isEqualTo(600);
        assertThat(prepared.dataset().maxLength()).isEqualTo(60);
        assertThat(prepared.dataset().minLength()).isEqualTo(60);
        assertThat(prepared.classes().size()).isEqualTo(6);
        assertThat(c.units()).containsExactly(32);
        assertThat(c.batchSize()).isEqualTo(32);
        assertThat(c.epochs()).isEqualTo(50);
        assertThat(c.loss()).isEqualTo(LossKind.CROSS_ENTROPY);
        assertThat(c.task().id()).isEqualTo("classification");
        assertThat(c.validateFor(prepared.part(PreparedSequences.TRAIN).size())).isEmpty();
    }
}

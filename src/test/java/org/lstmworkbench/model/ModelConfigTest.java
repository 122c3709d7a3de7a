package org.lstmworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.lstmworkbench.Problem;
import org.junit.jupiter.api.Test;

class ModelConfigTest {

    @Test
    void defaultsFollowTheSeedsKerasScripts() {
        ModelConfig c = ModelConfig.defaults();
        assertThat(c.units()).containsExactly(10);
        assertThat(c.optimizer()).isEqualTo(OptimizerKind.ADAM);
        assertThat(c.learningRate()).isEqualTo(0.001);
        assertThat(c.loss()).isEqualTo(LossKind.MSE);
        assertThat(c.weightInit()).isEqualTo(WeightInitKind.GLOROT_UNIFORM);
        assertThat(c.recurrentInit()).isEqualTo(WeightInitKind.ORTHOGONAL);
        assertThat(c.forgetGateBias()).isEqualTo(1.0);
        assertThat(c.dropout()).isZero();
        assertThat(c.shuffle()).isFalse();
        assertThat(c.validate()).isEmpty();
    }

    @Test
    void listsEveryProblemOfAnImpossibleConfiguration() {
        ModelConfig c = ModelConfig.builder().units(0, 5).dropout(1.0).learningRate(-1).batchSize(0).epochs(0)
                .l2(-0.1).earlyStopping(EarlyStopping.patience(0, 0)).build();
        assertThat(c.validate()).extracting(Problem::message).containsExactlyInAnyOrder(
                "cells in layer 1 must be at least 1, was 0",
                "dropout is a drop rate and must be in [0, 1), was 1.0",
                "learning rate must be above 0, was -1.0",
                "batch size must be at least 1, was 0",
                "epochs must be at least 1, was 0",
                "L2 must be 0 or more, was -0.1",
                "early stopping patience must be at least 1 epoch, was 0");
    }

    @Test
    void rejectsBatchLargerThanTheTrainingSet() {
        ModelConfig c = ModelConfig.builder().batchSize(32).build();
        assertThat(c.validateFor(5)).extracting(Problem::message).containsExactly(
                "batch size 32 is larger than the 5 training samples: use at most 5");
        assertThatThrownBy(() -> c.requireValidFor(5))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("batch size 32");
        assertThat(c.validateFor(32)).isEmpty();
    }

    @Test
    void summaryNamesTheArchitectureAndLearning() {
        ModelConfig c = ModelConfig.builder().units(50, 50).bidirectional(true).dropout(0.2).epochs(300)
                .batchSize(16).build();
        assertThat(c.summary()).isEqualTo("LSTM(50,50) bi, adam lr=0.001, drop 0.2, 300 ep, batch 16");
        assertThat(c.layers()).isEqualTo(2);
        // whole numbers and small rates read as typed, not "0.0" or "1.0E-4"
        assertThat(ModelConfig.builder().units(10).learningRate(1e-4).l2(0.01).epochs(100).batchSize(5).build().summary())
                .isEqualTo("LSTM(10), adam lr=0.0001, l1=0 l2=0.01, 100 ep, batch 5");
        assertThat(ModelConfig.builder().units(10).learningRate(1).epochs(100).batchSize(5).build().summary())
                .startsWith("LSTM(10), adam lr=1, ");
    }

    @Test
    void earlyStoppingRulesCheckTheirOwnParameters() {
        assertThat(EarlyStopping.prechelt(StoppingKind.GL, 0).problems()).extracting(Problem::message)
                .containsExactly("early stopping alpha must be above 0, was 0.0");
        assertThat(EarlyStopping.prechelt(StoppingKind.UP, 0).problems()).extracting(Problem::message)
                .containsExactly("early stopping UP_s needs s of at least 1 strip, was 0");
        assertThat(List.of(EarlyStopping.OFF.problems(), EarlyStopping.patience(10, 1e-4).problems()))
                .allMatch(List::isEmpty);
    }
}

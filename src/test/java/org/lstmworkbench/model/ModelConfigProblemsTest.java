package org.lstmworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lstmworkbench.Problem;

class ModelConfigProblemsTest {

    static Stream<Arguments> badConfigurations() {
        return Stream.of(
                bad(b -> b.units(), "architecture.units", "the model needs at least one LSTM layer"),
                bad(b -> b.units(10, 0), "architecture.units[1]", "cells in layer 2 must be at least 1, was 0"),
                bad(b -> b.units(5000), "architecture.units[0]", "cells in layer 1 must be at most 1024, was 5000: the "
                        + "recurrent weights grow as cells squared (1024 cells: 4 million per layer, about 1 GB and 10 s "
                        + "to initialise), beyond that training does not fit a workstation"),
                bad(b -> b.forgetGateBias(Double.NaN), "architecture.forgetGateBias",
                        "forget-gate bias must be a finite number, was NaN"),
                bad(b -> b.dropout(1), "regularization.dropout", "dropout is a drop rate and must be in [0, 1), was 1.0"),
                bad(b -> b.l1(-1), "regularization.l1", "L1 must be 0 or more, was -1.0"),
                bad(b -> b.l2Bias(-2), "regularization.l2Bias", "L2 on biases must be 0 or more, was -2.0"),
                bad(b -> b.learningRate(0), "learning.learningRate", "learning rate must be above 0, was 0.0"),
                bad(b -> b.momentum(1), "learning.momentum", "momentum must be in [0, 1), was 1.0"),
                bad(b -> b.schedule(ScheduleKind.EXPONENTIAL, 2, 1), "learning.scheduleGamma",
                        "schedule decay gamma must be in (0, 1], was 2.0"),
                bad(b -> b.schedule(ScheduleKind.STEP, 0.5, 0), "learning.scheduleStep",
                        "schedule step must be at least 1 epoch, was 0"),
                bad(b -> b.batchSize(0), "batchSize", "batch size must be at least 1, was 0"),
                bad(b -> b.epochs(2_000_000), "epochs", "epochs must be at most 1000000, was 2000000"),
                bad(b -> b.clipping(ClippingKind.VALUE, -1), "clipThreshold",
                        "gradient clipping threshold must be above 0, was -1.0"),
                bad(b -> b.earlyStopping(EarlyStopping.patience(0, 0)), "earlyStopping.patience",
                        "early stopping patience must be at least 1 epoch, was 0"),
                bad(b -> b.earlyStopping(EarlyStopping.patience(5, -1)), "earlyStopping.minDelta",
                        "early stopping min delta must be 0 or more, was -1.0"),
                bad(b -> b.earlyStopping(EarlyStopping.prechelt(StoppingKind.PQ, 0)), "earlyStopping.alpha",
                        "early stopping alpha must be above 0, was 0.0"),
                bad(b -> b.earlyStopping(new EarlyStopping(StoppingKind.UP, 1, 0, true, 1, 1, 3)), "earlyStopping.strip",
                        "early stopping strip length k must be at least 2 epochs, was 1"),
                bad(b -> b.earlyStopping(EarlyStopping.prechelt(StoppingKind.UP, 0)), "earlyStopping.strips",
                        "early stopping UP_s needs s of at least 1 strip, was 0"));
    }

    private static Arguments bad(UnaryOperator<ModelConfigBuilder> change, String path, String message) {
        return Arguments.of(change.apply(ModelConfig.builder()).build(), path, message);
    }

    @ParameterizedTest
    @MethodSource("badConfigurations")
    void eachProblemNamesThePathOfItsField(ModelConfig config, String path, String message) {
        assertThat(config.validateFor(1000)).containsExactly(new Problem(path, message));
    }

    @ParameterizedTest
    @MethodSource("badConfigurations")
    void theFlatNameOfEveryPathIsASweepParameterName(ModelConfig config, String path, String message) {
        String flat = ModelConfigJson.flatName(path);
        ObjectNode tree = ModelConfigJson.toFlatTree(config);
        JsonNode node = flat.startsWith("earlyStopping.")
                ? tree.get("earlyStopping").get(flat.substring("earlyStopping.".length())) : tree.get(flat);
        assertThat(node).as(flat).isNotNull();
    }

    @Test
    void aBatchLargerThanTheDataIsABatchSizeProblem() {
        assertThat(ModelConfig.defaults().validateFor(5)).extracting(Problem::path).containsExactly("batchSize");
    }
}

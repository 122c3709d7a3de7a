package org.lstmworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.Problem;
import org.lstmworkbench.data.sequence.ClassLabels;
import org.lstmworkbench.metrics.Metric;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

/** The classification task: its metrics, output layer, chance levels, validation and JSON form. */
class ClassificationTaskTest {

    private static ClassLabels labels(String name, int n, String other, int m) {
        return ClassLabels.of(Stream.concat(Collections.nCopies(n, name).stream(), Collections.nCopies(m, other).stream())
                .toList());
    }

    @Test
    void balancedClassesRecordLossAndAccuracyImbalancedOnesAddBalancedAccuracy() {
        ClassificationTask balanced = Task.classification(labels("a", 10, "b", 12));
        ClassificationTask skewed = Task.classification(labels("a", 40, "b", 10));

        assertThat(balanced.metrics()).containsExactly(Metric.TRAIN_LOSS, Metric.VAL_LOSS, Metric.TRAIN_ACCURACY,
                Metric.VAL_ACCURACY);
        assertThat(skewed.metrics()).containsExactly(Metric.TRAIN_LOSS, Metric.VAL_LOSS, Metric.TRAIN_ACCURACY,
                Metric.VAL_ACCURACY, Metric.TRAIN_BALANCED_ACCURACY, Metric.VAL_BALANCED_ACCURACY);
        assertThat(balanced.monitored()).isEqualTo(Metric.VAL_LOSS);
        assertThat(Metric.VAL_ACCURACY.higherIsBetter()).isTrue();
        assertThat(balanced.id()).isEqualTo("classification");
        assertThat(balanced.isClassification()).isTrue();
        assertThat(Task.REGRESSION.isClassification()).isFalse();
    }

    @Test
    void theOutputIsASoftmaxWithMultiClassCrossEntropyAndTargetsAreOneHot() {
        ClassificationTask t = Task.classification(ClassLabels.of(List.of("x", "y", "z")));
        assertThat(t.outputActivation(LossKind.CROSS_ENTROPY)).isEqualTo(Activation.SOFTMAX);
        assertThat(t.lossFunction(LossKind.CROSS_ENTROPY)).isInstanceOf(LossMCXENT.class);
        assertThat(t.encodeTargets(new double[][] {{2}, {0}})).isEqualTo(new double[][] {{0, 0, 1}, {1, 0, 0}});
    }

    @Test
    void chanceBaselinesAreLnKAndTheMajorityShare() {
        ClassificationTask.ChanceBaselines c = Task.classification(labels("a", 30, "b", 10)).chance();
        assertThat(c.chanceLoss()).isEqualTo(Math.log(2));
        assertThat(c.majorityAccuracy()).isEqualTo(0.75);
        assertThat(c.uniformAccuracy()).isEqualTo(0.5);
        assertThat(c.priorLoss()).isCloseTo(-(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25)),
                org.assertj.core.api.Assertions.within(1e-15));
    }

    @Test
    void oneClassIsNoClassificationTask() {
        assertThatThrownBy(() -> Task.classification(ClassLabels.of(List.of("a", "a"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two classes");
    }

    @Test
    void theBuilderSwitchesTheLossAndValidationNamesAWrongOne() {
        ClassLabels classes = ClassLabels.of(List.of("a", "b"));
        ModelConfig c = ModelConfig.builder().classification(classes).build();
        assertThat(c.loss()).isEqualTo(LossKind.CROSS_ENTROPY);
        assertThat(c.validate()).isEmpty();
        assertThat(c.toBuilder().task(Task.REGRESSION).build().loss()).isEqualTo(LossKind.MSE);

        List<Problem> p = c.toBuilder().loss(LossKind.MSE).build().validate();
        assertThat(p).extracting(Problem::path).containsExactly("loss");
        assertThat(p.get(0).message()).isEqualTo("a classification task trains with cross-entropy (softmax over 2"
                + " classes), not mse");
    }

    @Test
    void earlyStoppingMonitorsOnlyAValidationMetricOfTheTask() {
        ClassLabels classes = ClassLabels.of(List.of("a", "b"));
        EarlyStopping onAccuracy = EarlyStopping.patience(5, 0).withMonitor("val_accuracy");
        assertThat(ModelConfig.builder().classification(classes).earlyStopping(onAccuracy).build().validate()).isEmpty();

        List<Problem> regression = ModelConfig.builder().earlyStopping(onAccuracy).build().validate();
        assertThat(regression).containsExactly(new Problem("earlyStopping.monitor",
                "early stopping cannot monitor \"val_accuracy\"; this task's validation metrics are val_loss, val_rmse"));
        List<Problem> training = ModelConfig.builder().classification(classes)
                .earlyStopping(onAccuracy.withMonitor("train_accuracy")).build().validate();
        assertThat(training).extracting(Problem::path).containsExactly("earlyStopping.monitor");
        assertThat(EarlyStopping.OFF.monitor()).isEqualTo("val_loss");
    }

    @Test
    void theJsonKeepsTheClassesWithTheirCountsAndTheMonitor() {
        ClassLabels classes = ClassLabels.of(List.of("10", "2", "2", "10", "2", "7"));
        ModelConfig c = ModelConfig.builder().classification(classes).units(16)
                .earlyStopping(EarlyStopping.patience(4, 0.01).withMonitor("val_accuracy")).build();
        String json = ModelConfigJson.write(c);

        ModelConfig back = ModelConfigJson.read(json, "test");
        assertThat(back).isEqualTo(c);
        ClassificationTask task = (ClassificationTask) back.task();
        assertThat(task.classes().names()).containsExactly("2", "7", "10");
        assertThat(task.classes().counts()).containsExactly(3, 1, 2);
        assertThat(back.earlyStopping().monitor()).isEqualTo("val_accuracy");
        ObjectNode tree = ModelConfigJson.toTree(c);
        assertThat(tree.get("task").get("type").asText()).isEqualTo("classification");
        assertThat(tree.get("task").get("classes").get(2).get("name").asText()).isEqualTo("10");
        assertThat(tree.get("task").get("classes").get(2).get("count").asInt()).isEqualTo(2);
        assertThat(tree.get("earlyStopping").get("monitor").asText()).isEqualTo("val_accuracy");
    }

    @Test
    void regressionStaysATaskIdAndAFileWithoutMonitorReadsAsValidationLoss() {
        ObjectNode tree = ModelConfigJson.toTree(ModelConfig.DEFAULTS);
        assertThat(tree.get("task").isTextual()).isTrue();
        assertThat(tree.get("task").asText()).isEqualTo("regression");

        ModelConfig v2 = ModelConfigJson.read("{\"formatVersion\": 2, \"earlyStopping\": {\"kind\": \"PATIENCE\","
                + " \"patience\": 3}}", "old");
        assertThat(v2.earlyStopping().monitor()).isEqualTo("val_loss");
        ModelConfig v1 = ModelConfigJson.read("{\"earlyStopping\": {\"kind\": \"PATIENCE\", \"patience\": 3,"
                + " \"minDelta\": 0, \"restoreBest\": true, \"alpha\": 5, \"strip\": 5, \"strips\": 3}}", "v1");
        assertThat(v1.earlyStopping()).isEqualTo(new EarlyStopping(StoppingKind.PATIENCE, 3, 0, true, 5, 5, 3));
    }

    @Test
    void aBadTaskObjectSaysWhatIsWrong() {
        assertThatThrownBy(() -> ModelConfigJson.read("{\"formatVersion\": 2, \"task\": {\"type\": \"classification\","
                + " \"classes\": [{\"name\": \"a\", \"count\": 3}, {\"name\": \"b\"}]}}", "f.json"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("f.json: field \"task.classes[1]\" needs a text \"name\" and an integer \"count\"");
        assertThatThrownBy(() -> ModelConfigJson.read("{\"formatVersion\": 2, \"task\": {\"type\": \"classification\","
                + " \"classes\": [{\"name\": \"b\", \"count\": 3}, {\"name\": \"a\", \"count\": 3}]}}", "f.json"))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("sorted order");
        assertThatThrownBy(() -> ModelConfigJson.read("{\"formatVersion\": 2, \"task\": \"classification\"}", "f.json"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("f.json: the classification task needs its classes");
    }
}

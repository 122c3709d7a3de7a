package org.lstmworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.ui.dataset.DatasetViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Dataset tab for classification, headless: classes, lengths and example sequences, drawn to a PNG. */
@ExtendWith(ApplicationExtension.class)
class DatasetTabScreenshotTest {

    @TempDir
    static Path home;

    private TestWindow window;
    private Stage stage;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, home, 1280, 800);
        this.stage = stage;
        vm = window.vm;
    }

    @AfterEach
    void stop() {
        window.shutdown();
    }

    @Test
    void theControlChartsShowSixClassesTheirCommonLengthInOneLineAndThreeExamplesEach(FxRobot robot)
            throws Exception {
        openClassification(robot);
        load("demo:control-charts", 6);

        CombinedRangeXYPlot examples = (CombinedRangeXYPlot) viewer("#sequence-examples").getChart().getXYPlot();
        // a panel per class, three examples each, named by the class, steps 1 to 60 exactly
        assertThat(fx(() -> examples.getSubplots().size())).isEqualTo(6);
        assertThat(fx(() -> examples.getSubplots().stream().mapToInt(XYPlot::getSeriesCount).sum())).isEqualTo(18);
        assertThat(fx(() -> examples.getSubplots().get(0).getDomainAxis().getLabel())).isEqualTo("cyclic");
        assertThat(fx(() -> examples.getSubplots().get(0).getDomainAxis().getUpperBound())).isEqualTo(60.0);
        // one length: the line says it, no one-bar histogram
        assertThat(fx(() -> ((Label) stage.getScene().lookup("#sequence-lengths")).getText()))
                .isEqualTo("600 sequences, all 60 steps");
        assertThat(fx(() -> viewer("#sequence-length-histogram").isVisible())).isFalse();
        // one feature: no chooser
        assertThat(fx(() -> stage.getScene().lookup("#sequence-example-feature").isVisible())).isFalse();
        snapshot("dataset-classification.png");
    }

    @Test
    void sequencesOfDifferentLengthsGetAHistogramOfOneBarPerLength(FxRobot robot) throws Exception {
        openClassification(robot);
        load("demo:rising-falling", 2);

        ChartViewer histogram = viewer("#sequence-length-histogram");
        assertThat(fx(histogram::isVisible)).isTrue();
        var data = histogram.getChart().getXYPlot().getDataset();
        int bars = fx(() -> data.getItemCount(0));
        int sum = 0;
        for (int i = 0; i < bars; i++) {
            int item = i;
            sum += fx(() -> data.getYValue(0, item)).intValue();
        }
        int sequences = fx(() -> vm.dataset().sequences().classes().stream().mapToInt(c -> c.count()).sum());
        assertThat(sum).isEqualTo(sequences);
        assertThat(bars).isEqualTo(fx(() -> vm.dataset().sequences().lengthCounts().size()));
        snapshot("dataset-lengths.png");
    }

    @Test
    @SuppressWarnings("unchecked")
    void severalFeaturesGetAChooserThatRedrawsTheExamples(FxRobot robot) throws Exception {
        Path file = home.resolve("two-features.csv");
        Files.writeString(file, "id,step,speed,angle,label\ns1,1,1,10,a\ns1,2,2,20,a\ns2,1,4,40,b\ns2,2,5,50,b\n"
                + "s3,1,6,60,a\ns3,2,6,61,a\ns4,1,7,70,b\ns4,2,8,80,b\n");
        openClassification(robot);
        fx(() -> {
            vm.dataset().sequences().trainFractionProperty().set(0.5);
            vm.dataset().sequences().validationFractionProperty().set(0.5);
            return null;
        });
        load(file.toString(), 2);

        ComboBox<String> chooser = fx(() -> (ComboBox<String>) stage.getScene().lookup("#sequence-example-feature"));
        assertThat(fx(chooser::isVisible)).isTrue();
        assertThat(fx(() -> List.copyOf(chooser.getItems()))).containsExactly("speed", "angle");
        CombinedRangeXYPlot examples = (CombinedRangeXYPlot) viewer("#sequence-examples").getChart().getXYPlot();
        // s1 is the first example of class a: speed 1, 2
        assertThat(fx(() -> examples.getSubplots().get(0).getDataset().getYValue(0, 1))).isEqualTo(2.0);

        fx(() -> {
            chooser.getSelectionModel().select(1);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> examples.getSubplots().get(0).getDataset().getYValue(0, 1))).isEqualTo(20.0);
        assertThat(fx(() -> examples.getRangeAxis().getLabel())).isEqualTo("angle");
        // two lengths alike: one line, no histogram
        assertThat(fx(() -> viewer("#sequence-length-histogram").isVisible())).isFalse();
    }

    @Test
    void manyImbalancedClassesOfManyLengthsAreOverlaidBesideBinnedLengthsAndTheWarning(FxRobot robot)
            throws Exception {
        // 8 classes: "c0" 40 sequences, the others 5 each; lengths 20 to 80 (61 values: bins of 5)
        StringBuilder csv = new StringBuilder("id,step,value,label\n");
        java.util.Random random = new java.util.Random(7);
        int id = 0;
        for (int k = 0; k < 8; k++) {
            for (int n = 0; n < (k == 0 ? 40 : 5); n++, id++) {
                int length = id == 0 ? 20 : id == 1 ? 80 : 20 + random.nextInt(61);
                for (int t = 0; t < length; t++) {
                    csv.append("s").append(id).append(',').append(t).append(',')
                            .append(k + Math.sin(t / 5.0 + n) + 0.2 * random.nextGaussian()).append(",c").append(k)
                            .append('\n');
                }
            }
        }
        Path file = home.resolve("many.csv");
        Files.writeString(file, csv);
        openClassification(robot);
        load(file.toString(), 8);

        CombinedRangeXYPlot examples = (CombinedRangeXYPlot) viewer("#sequence-examples").getChart().getXYPlot();
        assertThat(fx(() -> examples.getSubplots().size())).isEqualTo(1);
        assertThat(fx(() -> examples.getSubplots().get(0).getSeriesCount())).isEqualTo(24);
        assertThat(fx(() -> examples.getFixedLegendItems().get(0).getLabel())).isEqualTo("c0 (40)");
        assertThat(fx(() -> viewer("#sequence-examples").getChart().getLegend().isVisible())).isTrue();
        var histogram = viewer("#sequence-length-histogram").getChart().getXYPlot().getDataset();
        // 20-24, 25-29, ... 80-84
        assertThat(fx(() -> histogram.getItemCount(0))).isEqualTo(13);
        assertThat(fx(() -> ((Label) stage.getScene().lookup("#sequence-warning")).getText()))
                .startsWith("Imbalanced classes: the largest is 8.0x the smallest");
        snapshot("dataset-many-classes.png");
    }

    @SuppressWarnings("unchecked")
    private void openClassification(FxRobot robot) throws Exception {
        robot.clickOn("1  Dataset");
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            ((ComboBox<DatasetViewModel.DataTask>) stage.getScene().lookup("#dataset-task"))
                    .setValue(DatasetViewModel.DataTask.CLASSIFICATION);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private void load(String source, int classes) throws Exception {
        // switching the task loads the default demo: wait for it before asking for another
        await(() -> fx(() -> !vm.dataset().sequences().loadingProperty().get()));
        fx(() -> {
            ((ComboBox<String>) stage.getScene().lookup("#sequence-source")).setValue(source);
            ((Button) stage.getScene().lookup("#sequence-load")).fire();
            return null;
        });
        await(() -> fx(() -> !vm.dataset().sequences().loadingProperty().get()
                && vm.dataset().sequences().specProperty().get() != null
                && source.equals(vm.dataset().sequences().specProperty().get().source())
                && vm.dataset().sequences().classes().size() == classes));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ChartViewer viewer(String id) {
        return fx(() -> (ChartViewer) stage.getScene().lookup(id));
    }

    private void snapshot(String name) throws Exception {
        BufferedImage image = window.screenshot(name);
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        TestWindow.await(condition, 60);
    }

    private static <T> T fx(Callable<T> action) {
        return TestWindow.fx(action);
    }
}

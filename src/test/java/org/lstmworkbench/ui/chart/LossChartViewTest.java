package org.lstmworkbench.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.jfree.chart.axis.LogAxis;
import org.lstmworkbench.ui.common.DisplayTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lstmworkbench.training.EpochMetrics;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LossChartViewTest {

    private LossChart chart;
    private LossChartView view;

    @Start
    void start(Stage stage) {
        chart = new LossChart();
        chart.addRun("a", "run a", 0);
        chart.appendEpochs("a", SyntheticRuns.curve(5, 120, 80));
        view = new LossChartView(chart);
        stage.setScene(new Scene(view, 900, 500));
        stage.show();
    }

    @Test
    void viewStartsWithDefaultSmoothingApplied() {
        assertThat(chart.smoothing()).isEqualTo(LossChartView.DEFAULT_SMOOTHING);
        assertThat(chart.smoothedSeries("a", true).getItemCount()).isEqualTo(120);
    }

    @Test
    void logScaleButtonSwitchesTheAxis(FxRobot robot) {
        robot.clickOn("#chart-log-scale");
        assertThat(view.logScaleProperty().get()).isTrue();
        assertThat(chart.rangeAxis()).isInstanceOf(LogAxis.class);
        robot.clickOn("#chart-log-scale");
        assertThat(chart.rangeAxis()).isNotInstanceOf(LogAxis.class);
    }

    @Test
    void tracesButtonHidesRuns(FxRobot robot) {
        robot.interact(() -> chart.setRepeatMember("a", true));
        robot.clickOn("#chart-traces");
        assertThat(view.tracesVisibleProperty().get()).isFalse();
        assertThat(chart.isRunDrawn("a")).isFalse();
    }

    @Test
    void sliderDrivesSmoothingAndShowsItsValue(FxRobot robot) {
        Slider slider = robot.lookup("#chart-smoothing").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(0));
        assertThat(chart.smoothing()).isZero();
        assertThat(chart.smoothedSeries("a", true).getItemCount()).isZero();
        assertThat(chart.pointCount("a", true)).isEqualTo(120);
        robot.interact(() -> view.smoothingProperty().set(0.9));
        assertThat(slider.getValue()).isEqualTo(0.9);
        assertThat(robot.lookup("#chart-smoothing-value").queryAs(Label.class).getText()).isEqualTo("0.90");
        assertThat(chart.smoothing()).isEqualTo(0.9);
    }

    @Test
    void resetZoomRestoresAutoRange(FxRobot robot) {
        robot.interact(() -> chart.plot().getDomainAxis().setRange(10, 20));
        assertThat(chart.plot().getDomainAxis().isAutoRange()).isFalse();
        robot.clickOn("#chart-reset-zoom");
        assertThat(chart.plot().getDomainAxis().isAutoRange()).isTrue();
        assertThat(chart.plot().getDomainAxis().getUpperBound()).isGreaterThanOrEqualTo(120);
    }

    @Test
    void tooltipNamesTheNearestPointWithItsValuesInFourDigits(FxRobot robot) {
        robot.interact(() -> view.smoothingProperty().set(0));
        WaitForAsyncUtils.waitForFxEvents();
        String text = tooltipAt(60);
        List<EpochMetrics> epochs = SyntheticRuns.curve(5, 120, 80);
        double train = epochs.get(59).trainLoss();
        double val = epochs.get(59).valLoss();
        // four significant digits at most: no 17-digit tail
        assertThat(text).matches(".*, loss [0-9.]{1,7}(e-[0-9]+)?");
        assertThat(text).satisfiesAnyOf(
                t -> assertThat(t).isEqualTo("run a train: epoch 60, loss " + DisplayTexts.number(train)),
                t -> assertThat(t).isEqualTo("run a validation: epoch 60, loss " + DisplayTexts.number(val)));
    }

    @Test
    void aTooltipNearTheRightOrBottomEdgeOpensLeftOrAboveTheMouse() {
        // chart from 0 to 800: room after the mouse at 100, none at 760 for a 200 px tooltip
        assertThat(NearestPointTooltip.inside(114, -114, 200, 0, 800)).isEqualTo(114);
        assertThat(NearestPointTooltip.inside(774, 546, 200, 0, 800)).isEqualTo(546);
        // wider than the chart: starts at its left edge rather than off it
        assertThat(NearestPointTooltip.inside(114, -986, 900, 0, 800)).isEqualTo(0);
    }

    /** The tooltip text at the screen position of epoch {@code epoch}'s training point. */
    private String tooltipAt(int epoch) {
        return FxThread.call(() -> {
            var canvas = view.viewer().getCanvas();
            var area = canvas.getRenderingInfo().getPlotInfo().getDataArea();
            var plot = chart.plot();
            double x = plot.getDomainAxis().valueToJava2D(epoch, area, plot.getDomainAxisEdge());
            double y = plot.getRangeAxis().valueToJava2D(chart.rawSeries("a", false).getY(epoch - 1).doubleValue(),
                    area, plot.getRangeAxisEdge());
            return NearestPointTooltip.textNear(canvas, x + 2, y + 1);
        });
    }
}

package org.lstmworkbench.ui.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.ui.Snapshots;
import org.lstmworkbench.ui.chart.LossChart;
import org.lstmworkbench.ui.common.FxDialogService;
import org.lstmworkbench.ui.common.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Sweep panel on a headless stage (Monocle): a tiny sweep draws a box per point; a click selects one. */
@ExtendWith(ApplicationExtension.class)
class SweepViewTest {

    @TempDir
    static Path root;

    private static int epochs = 15;

    private SweepViewModel vm;
    private SweepView view;
    private LossChart lossChart;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor();
        lossChart = new LossChart();
        vm = new SweepViewModel(executor, () -> DemoDatasets.recommendedSpec("seed-sequence"),
                () -> ModelConfig.builder().batchSize(5).epochs(epochs).build(), new LossChartOverlay(lossChart), root);
        vm.settings().threadsProperty().set(2);
        view = new SweepView(vm, new FxDialogService(stage));
        stage.setScene(new Scene(view, 1260, 780));
        stage.show();
    }

    @AfterEach
    void stop() {
        fx(() -> {
            vm.shutdown();
            executor.shutdown();
            return null;
        });
    }

    @Test
    void aTinySweepDrawsOneBoxPerPointAndAClickOverlaysThatPointsRuns(FxRobot robot) throws Exception {
        fx(() -> {
            vm.settings().parametersProperty().set("units=1,3");
            vm.settings().repeatsProperty().set(2);
            return null;
        });
        robot.clickOn("#sweep-start");
        await(() -> fx(() -> !vm.runningProperty().get() && vm.tables().resultProperty().get() != null));

        assertThat(fx(() -> vm.tables().boxPlot().dataset().getColumnCount())).isEqualTo(2);
        assertThat(fx(() -> vm.tables().boxPlot().dataset().getColumnKeys())).containsExactly("1", "3");
        assertThat(fx(() -> vm.progressTextProperty().get())).startsWith("4 of 4");
        TableView<?> table = robot.lookup("#sweep-describe").queryAs(TableView.class);
        assertThat(fx(() -> table.getColumns().size())).as("statistic column + one per point").isEqualTo(3);
        assertThat(fx(() -> table.getItems().size())).isEqualTo(8);

        robot.clickOn(boxCentre("3"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> vm.selectedPointProperty().get().label())).isEqualTo("3");
        assertThat(fx(() -> lossChart.runIds())).containsExactly("sweep-p1-r0", "sweep-p1-r1");
        assertThat(fx(() -> lossChart.bandPointCount(LossChartOverlay.BAND_ID))).isEqualTo(epochs);
        assertThat(fx(() -> lossChart.pointCount("sweep-p1-r0", true))).isEqualTo(epochs);
    }

    @Test
    void anUnknownParameterTypedInDisablesStart(FxRobot robot) {
        robot.clickOn("#sweep-parameters");
        fx(() -> {
            vm.settings().parametersProperty().set("");
            return null;
        });
        robot.write("unitz=1");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#sweep-start").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#sweep-problem").queryLabeled().getText()).contains("unitz");
    }

    /** The screenshot for people: units 1, 5, 10 x 3 repeats x 100 epochs, point 10 selected. */
    @Test
    void rendersASmallSweepToAnImage(FxRobot robot) throws Exception {
        epochs = 100;
        try {
            fx(() -> {
                vm.settings().parametersProperty().set("units=1,5,10");
                vm.settings().repeatsProperty().set(3);
                vm.startCommand().execute();
                return null;
            });
            await(() -> fx(() -> !vm.runningProperty().get() && vm.tables().resultProperty().get() != null));
            robot.clickOn(boxCentre("10"));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(fx(() -> vm.tables().boxPlot().boxCount())).isEqualTo(3);
            assertThat(fx(() -> vm.tables().convergence().pointCount())).isEqualTo(3);
            BufferedImage image = Snapshots.write(robot, view, "sweep-view");
            ImageIO.write(image, "png", Path.of("/tmp/sweep-view.png").toFile());
            assertThat(image.getWidth()).isEqualTo(1260);
        } finally {
            epochs = 15;
        }
    }

    private Point2D boxCentre(String label) {
        return fx(() -> {
            var info = view.boxViewer().getCanvas().getRenderingInfo();
            for (Object o : info.getEntityCollection().getEntities()) {
                ChartEntity e = (ChartEntity) o;
                if (e instanceof CategoryItemEntity item && item.getDataset() == vm.tables().boxPlot().dataset()
                        && label.equals(item.getColumnKey())) {
                    Rectangle2D b = e.getArea().getBounds2D();
                    return view.boxViewer().getCanvas().localToScreen(b.getCenterX(), b.getCenterY());
                }
            }
            throw new AssertionError("no box for " + label + " on the chart");
        });
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

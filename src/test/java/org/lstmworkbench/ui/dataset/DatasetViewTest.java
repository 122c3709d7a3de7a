package org.lstmworkbench.ui.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.ui.Snapshots;
import org.lstmworkbench.ui.common.CurrentThreadTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DatasetViewTest {

    @TempDir
    Path dir;

    private DatasetViewModel vm;
    private DatasetView view;

    @Start
    void start(Stage stage) {
        vm = new DatasetViewModel(new CurrentThreadTaskExecutor(), RecentFiles.inMemory());
        vm.loadDemo("seasonal");
        view = new DatasetView(vm);
        stage.setScene(new Scene(view, 1100, 760));
        stage.show();
    }

    @Test
    void showsTheLoadedDemoInCountsPlotAndPreview(FxRobot robot) {
        assertThat(robot.lookup("#dataset-train-count").queryLabeled().getText()).isEqualTo("83 samples");
        assertThat(robot.lookup("#dataset-validation-count").queryLabeled().getText()).isEqualTo("18 samples");
        assertThat(robot.lookup("#dataset-source").queryLabeled().getText()).isEqualTo("Demo: seasonal");
        assertThat(robot.lookup("#dataset-demo").queryComboBox().getValue()).isEqualTo("seasonal");
        // the task chooser reads "Regression", not the enum constant
        javafx.scene.control.ComboBox<DatasetViewModel.DataTask> task = robot.lookup("#dataset-task").queryComboBox();
        assertThat(task.getConverter().toString(task.getValue())).isEqualTo("Regression");
        // persistence: last observed value; both baselines are finite with a validation part
        assertThat(robot.lookup("#dataset-persistence").queryLabeled().getText())
                .isEqualTo(org.lstmworkbench.ui.common.DisplayTexts.number(vm.summary().persistenceLossProperty().get()))
                .doesNotEndWith("0");
        assertThat(view.plottedPoints()).isEqualTo(144);
        TableView<?> preview = robot.lookup("#dataset-preview").queryTableView();
        assertThat(preview.getItems()).hasSize(50);
        assertThat(preview.getColumns()).extracting(c -> c.getText()).containsExactly("label", "value");
        assertThat(robot.lookup("#dataset-error").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void aBadFileShowsItsMessageInlineAndKeepsTheData(FxRobot robot) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "month,value\n2020-01,1.0\n2020-02,abc\n2020-03,3.0\n");

        robot.interact(() -> vm.openFile(bad));
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#dataset-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("bad.csv: row 3, column \"value\": \"abc\" is not a number");
        assertThat(view.plottedPoints()).isEqualTo(144);
        assertThat(robot.lookup("#dataset-train-count").queryLabeled().getText()).isEqualTo("83 samples");
    }

    @Test
    void choosingADemoInTheListLoadsIt(FxRobot robot) {
        robot.clickOn("#dataset-demo").clickOn("seed-sequence");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.sourceProperty().get()).isEqualTo("demo:seed-sequence");
        assertThat(robot.lookup("#dataset-train-count").queryLabeled().getText()).isEqualTo("5 samples");
        assertThat(view.plottedPoints()).isEqualTo(11);
    }

    @Test
    void rendersTheLoaderWithAnInlineError(FxRobot robot) throws Exception {
        Path bad = Files.writeString(dir.resolve("sales.csv"), "month,units\n1-01,3\n1-02,x\n");
        robot.interact(() -> vm.openFile(bad));
        WaitForAsyncUtils.waitForFxEvents();

        BufferedImage image = Snapshots.write(robot, view, "dataset-view");

        assertThat(image.getWidth()).isEqualTo(1100);
        assertThat(image.getHeight()).isEqualTo(760);
    }
}

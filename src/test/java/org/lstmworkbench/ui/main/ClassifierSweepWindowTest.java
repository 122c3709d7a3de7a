package org.lstmworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.experiment.SweepMetric;
import org.lstmworkbench.experiment.SweepResult;
import org.lstmworkbench.ui.chart.LossChart;
import org.lstmworkbench.ui.common.FxTaskExecutor;
import org.lstmworkbench.ui.common.RecordingDialogService;
import org.lstmworkbench.ui.dataset.DatasetViewModel;
import org.lstmworkbench.ui.dataset.RecentFiles;
import org.lstmworkbench.ui.model.ConfigField;
import org.lstmworkbench.ui.model.ModelConfigViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window, headless: a classifier's sweep in the Sweep tab, ranked by validation accuracy. */
@ExtendWith(ApplicationExtension.class)
class ClassifierSweepWindowTest {

    @TempDir
    static Path home;

    private Stage stage;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        FxTaskExecutor executor = new FxTaskExecutor();
        FxTaskExecutor io = new FxTaskExecutor(3, "workbench-io");
        vm = new MainViewModel(executor, io, new DatasetViewModel(io, RecentFiles.inMemory()),
                new ModelConfigViewModel(), new LossChart(), home.resolve("autosave.json"));
        MainView view = new MainView(vm, new RecordingDialogService());
        stage.setScene(new Scene(view, 1280, 800));
        stage.setOnHidden(e -> vm.shutdown());
        stage.show();
        vm.start();
    }

    @AfterEach
    void stopRuns() {
        fx(() -> {
            vm.shutdown();
            return null;
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClassifierSweepShowsAccuracyInTheChooserTheTablesAndThePointsRuns(FxRobot robot) throws Exception {
        await(() -> fx(() -> vm.backendReadyProperty().get() && vm.dataset().preparedProperty().get() != null));
        fx(() -> {
            vm.dataset().taskProperty().set(DatasetViewModel.DataTask.CLASSIFICATION);
            vm.dataset().sequences().load("demo:rising-falling");
            return null;
        });
        await(() -> fx(() -> vm.dataset().sequences().preparedProperty().get() != null));
        fx(() -> {
            vm.model().textProperty(ConfigField.EPOCHS).set("10");
            vm.model().textProperty(ConfigField.LEARNING_RATE).set("0.02");
            vm.model().textProperty(ConfigField.BATCH_SIZE).set("16");
            vm.sweep().settings().parametersProperty().set("units=1,4,8");
            vm.sweep().settings().repeatsProperty().set(2);
            vm.sweep().settings().threadsProperty().set(2);
            return null;
        });
        robot.clickOn("3  Sweep");
        WaitForAsyncUtils.waitForFxEvents();
        ChoiceBox<SweepMetric> metric = (ChoiceBox<SweepMetric>) stage.getScene().lookup("#sweep-view")
                .lookupAll(".choice-box").stream().filter(n -> ((ChoiceBox<?>) n).getValue() instanceof SweepMetric)
                .findFirst().orElseThrow();
        assertThat(fx(() -> metric.getValue().column())).isEqualTo("val_accuracy");
        assertThat(fx(() -> metric.getItems().stream().map(SweepMetric::column).toList())).contains("val_loss");

        robot.clickOn("#sweep-start");
        await(() -> fx(() -> !vm.sweep().runningProperty().get() && vm.sweep().tables().resultProperty().get() != null
                && vm.sweep().tables().resultProperty().get().complete()));
        SweepResult result = fx(() -> vm.sweep().tables().resultProperty().get());
        String best = result.best(metric.getValue()).orElseThrow().best().label();
        fx(() -> {
            vm.sweep().selectPoint(best);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> ((Label) stage.getScene().lookup("#sweep-best")).getText()))
                .startsWith("best point units=" + best + ": mean val_accuracy ");
        assertThat(fx(() -> ((Label) stage.getScene().lookup("#sweep-table-title")).getText()))
                .contains("final validation accuracy (val_accuracy), highest mean is best");
        TableView<?> runs = (TableView<?>) stage.getScene().lookup("#sweep-point-runs");
        assertThat(fx(() -> runs.getColumns().stream().map(TableColumn::getText).toList()))
                .containsSubsequence("val_loss", "val_accuracy");
        assertThat(fx(() -> runs.getItems().size())).isEqualTo(2);

        BufferedImage image = fx(() -> SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null));
        Path out = Path.of(System.getProperty("screenshot.dir", "target/screenshots")).resolve("classification-sweep.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(image, "png", out.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, condition);
    }

    private static <T> T fx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

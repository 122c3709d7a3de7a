package org.lstmworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.training.RunStatus;
import org.lstmworkbench.ui.common.RecordingDialogService;
import org.lstmworkbench.ui.model.ConfigField;
import org.lstmworkbench.ui.run.RunItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window, headless (Monocle): run, stop, repeat, bad input, close, workspace, screenshot. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {

    @TempDir
    static Path home;

    private TestWindow window;
    private Stage stage;
    private MainViewModel vm;
    private MainView view;
    private RecordingDialogService dialogs;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, home, 1280, 800);
        this.stage = stage;
        vm = window.vm;
        view = window.view;
        dialogs = window.dialogs;
    }

    @AfterEach
    void stopRuns() {
        window.shutdown();
    }

    @Test
    void runStreamsEveryEpochIntoTheChartAndListsTheFinishedRun(FxRobot robot) throws Exception {
        readyWithEpochs(25);
        robot.clickOn("#run-button");
        RunItem run = awaitRuns(1).get(0);
        await(run::isFinished);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(run.status()).isEqualTo(RunStatus.DONE);
        assertThat(run.history()).hasSize(25);
        assertThat(fx(() -> vm.chart().pointCount(run.id(), true))).isEqualTo(25);
        assertThat(fx(() -> vm.chart().pointCount(run.id(), false))).isEqualTo(25);
        assertThat(run.diagnosisProperty().get()).isNotNull();
        await(() -> Files.exists(home.resolve("autosave.json")));
        assertThat(Files.exists(home.resolve("autosave.json"))).as("finished runs are autosaved").isTrue();
    }

    @Test
    void stopEndsALongRunPromptlyKeepingWhatItComputed(FxRobot robot) throws Exception {
        readyWithEpochs(100_000);
        robot.clickOn("#run-button");
        RunItem run = awaitRuns(1).get(0);
        await(() -> run.history().size() >= 5);
        long clicked = System.nanoTime();
        robot.clickOn("#stop-button");
        await(run::isFinished);
        double seconds = (System.nanoTime() - clicked) / 1e9;

        assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(run.history().size()).isBetween(5, 100_000 - 1);
        // one toy epoch takes milliseconds; a run that ignored Stop would take minutes
        assertThat(seconds).isLessThan(5);
        assertThat(fx(() -> vm.stopCommand().isExecutable())).isFalse();
    }

    @Test
    void repeatOverlaysNRunsWithTheirMeanBand(FxRobot robot) throws Exception {
        readyWithEpochs(15);
        fx(() -> {
            vm.repeatCountProperty().set(3);
            return null;
        });
        robot.clickOn("#repeat-button");
        List<RunItem> runs = awaitRuns(3);
        await(() -> runs.stream().allMatch(RunItem::isFinished));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(runs).extracting(RunItem::seed).containsExactly(1L, 2L, 3L);
        assertThat(fx(() -> vm.chart().bandPointCount(runs.get(0).group()))).isEqualTo(15);
        assertThat(fx(() -> vm.chart().chart().getXYPlot().getLegendItems().getItemCount())).isPositive();
        assertThat(fx(() -> vm.groupDiagnosis(runs.get(0)).runs())).hasSize(3);
    }

    @Test
    void anInvalidConfigurationDisablesRunWithItsMessage(FxRobot robot) throws Exception {
        readyWithEpochs(10);
        fx(() -> {
            vm.model().textProperty(ConfigField.EPOCHS).set("abc");
            vm.model().textProperty(ConfigField.DROPOUT).set("1.5");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#run-button").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#repeat-button").queryButton().isDisabled()).isTrue();
        // a field that does not parse comes first; the configuration's own checks follow once all parse
        assertThat(fx(() -> List.copyOf(vm.model().problems()))).containsExactly("epochs: \"abc\" is not a whole number");
        fx(() -> {
            vm.model().textProperty(ConfigField.EPOCHS).set("10");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#run-button").queryButton().isDisabled()).isTrue();
        assertThat(fx(() -> List.copyOf(vm.model().problems())))
                .containsExactly("dropout is a drop rate and must be in [0, 1), was 1.5");
        fx(() -> {
            vm.model().textProperty(ConfigField.DROPOUT).set("0.2");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#run-button").queryButton().isDisabled()).isFalse();
    }

    @Test
    void badCsvShowsItsMessageAndTheWindowStaysUp(FxRobot robot) throws Exception {
        Path bad = home.resolve("bad.csv");
        Files.writeString(bad, "month,sales\n1-01,266.0\n1-02,abc\n");
        awaitReady();
        fx(() -> {
            vm.dataset().openFile(bad);
            return null;
        });
        await(() -> !fx(() -> vm.dataset().errorProperty().get()).isEmpty());
        robot.clickOn("1  Dataset");
        Label error = robot.lookup("#dataset-error").queryAs(Label.class);

        assertThat(error.getText()).contains("bad.csv").contains("row 3").contains("\"sales\"");
        assertThat(error.isVisible()).isTrue();
        assertThat(stage.isShowing()).isTrue();
        assertThat(fx(() -> vm.dataset().preparedProperty().get())).as("the demo stays loaded").isNotNull();
    }

    @Test
    void closingTheWindowDuringTrainingLeavesNoTrainingThread(FxRobot robot) throws Exception {
        readyWithEpochs(100_000);
        robot.clickOn("#run-button");
        RunItem run = awaitRuns(1).get(0);
        await(() -> run.history().size() >= 3);
        fx(() -> {
            stage.hide();
            return null;
        });
        await(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && t.getName().startsWith("workbench-worker")));
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("workbench-worker"));
    }

    @Test
    void savedWorkspaceReopensWithEveryRunIntact(FxRobot robot) throws Exception {
        readyWithEpochs(12);
        robot.clickOn("#run-button");
        RunItem run = awaitRuns(1).get(0);
        await(run::isFinished);
        Path file = home.resolve("ws.json");
        fx(() -> {
            vm.workspace().saveWorkspace(file);
            return null;
        });
        awaitFiles();
        fx(() -> {
            vm.workspace().openWorkspace(file);
            return null;
        });
        awaitFiles();
        WaitForAsyncUtils.waitForFxEvents();
        List<RunItem> reopened = fx(() -> List.copyOf(vm.runs().runs()));

        assertThat(reopened).hasSize(1);
        assertThat(reopened.get(0).valLosses()).containsExactly(run.valLosses());
        assertThat(reopened.get(0).status()).isEqualTo(RunStatus.DONE);
        // judged the same from a saved workspace as live
        assertThat(reopened.get(0).diagnosisProperty().get()).isEqualTo(run.diagnosisProperty().get());
        assertThat(fx(() -> vm.chart().pointCount(reopened.get(0).id(), true))).isEqualTo(12);
    }

    @Test
    void anImportedKerasLogGetsTheVerdictOfTheDiagnoseCommand() throws Exception {
        Path log = home.resolve("training.log.csv");
        StringBuilder csv = new StringBuilder("epoch,loss,val_loss\n");
        for (int e = 0; e < 80; e++) {
            csv.append(e).append(',').append(0.5 * Math.exp(-e / 10.0) + 0.02).append(',')
                    .append(0.3 + 0.0004 * (e - 30) * (e - 30)).append('\n');
        }
        Files.writeString(log, csv);
        awaitReady();
        fx(() -> {
            vm.workspace().importCurve(log);
            return null;
        });
        awaitFiles();
        RunItem imported = fx(() -> vm.runs().runs().get(vm.runs().runs().size() - 1));
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine cli = org.lstmworkbench.cli.WorkbenchCli.commandLine();
        cli.setOut(new java.io.PrintWriter(out, true));
        assertThat(cli.execute("diagnose", "--json", log.toString())).isZero();
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.toString()).get(0);

        assertThat(imported.diagnosisProperty().get().label().name()).isEqualTo(json.get("label").asText());
        assertThat(imported.diagnosisProperty().get().bestEpoch()).isEqualTo(json.get("bestEpoch").asInt());
        assertThat(fx(() -> vm.chart().pointCount(imported.id(), true))).isEqualTo(80);
    }

    @Test
    void airlineWorkflowRunRepeatStopExportSaveAndReopen(FxRobot robot) throws Exception {
        Path airline = Path.of("../shared/datasets/airline-passengers.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(airline),
                "../shared/datasets is not beside this clone");
        awaitReady();
        fx(() -> {
            vm.dataset().openFile(airline);
            return null;
        });
        await(() -> fx(() -> vm.dataset().preparedProperty().get() != null
                && vm.dataset().preparedProperty().get().name().contains("airline")));
        fx(() -> {
            vm.dataset().choices().targetColumnProperty().set("Passengers");
            vm.dataset().choices().lagsProperty().set(12);
            return null;
        });
        await(() -> fx(() -> vm.dataset().preparedProperty().get() != null
                && vm.dataset().preparedProperty().get().timesteps() == 12));
        fx(() -> {
            vm.model().textProperty(ConfigField.BATCH_SIZE).set("16");
            return null;
        });
        readyWithEpochs(8);
        robot.clickOn("#run-button");
        RunItem single = awaitRuns(1).get(0);
        await(single::isFinished);
        assertThat(single.history()).hasSize(8);
        assertThat(single.history().get(7).valLoss()).isFinite();

        readyWithEpochs(100_000);
        fx(() -> {
            vm.repeatCountProperty().set(5);
            return null;
        });
        robot.clickOn("#repeat-button");
        List<RunItem> all = awaitRuns(6);
        await(() -> all.get(1).history().size() >= 2);
        robot.clickOn("#stop-button");
        await(() -> all.stream().allMatch(RunItem::isFinished));
        assertThat(all.subList(1, 6)).extracting(RunItem::status).containsOnly(RunStatus.CANCELLED);

        Path png = home.resolve("chart.png");
        Path csv = home.resolve("histories.csv");
        Path ws = home.resolve("airline-ws.json");
        fx(() -> {
            org.lstmworkbench.ui.chart.ChartExport.png(vm.chart().chart(), png, 800, 500);
            vm.workspace().exportHistories(csv);
            vm.workspace().saveWorkspace(ws);
            return null;
        });
        awaitFiles();
        fx(() -> {
            vm.workspace().openWorkspace(ws);
            return null;
        });
        awaitFiles();
        await(() -> fx(() -> vm.dataset().preparedProperty().get() != null
                && vm.dataset().preparedProperty().get().timesteps() == 12));
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(800);
        long rows = all.stream().mapToLong(r -> r.history().size()).sum();
        assertThat(Files.readAllLines(csv)).hasSize((int) rows + 1);
        List<RunItem> reopened = fx(() -> List.copyOf(vm.runs().runs()));
        assertThat(reopened).hasSize(6);
        assertThat(reopened.get(0).valLosses()).containsExactly(single.valLosses());
        assertThat(fx(() -> vm.dataset().choices().targetColumnProperty().get())).isEqualTo("Passengers");
    }

    @Test
    void openingAWorkspaceWhileRunsTrainIsRefusedAndTheRunsCarryOn(FxRobot robot) throws Exception {
        readyWithEpochs(100_000);
        robot.clickOn("#run-button");
        RunItem run = awaitRuns(1).get(0);
        await(() -> run.history().size() >= 3);
        fx(() -> {
            vm.workspace().openWorkspace(home.resolve("any.json"));
            return null;
        });
        assertThat(fx(() -> vm.lastErrorProperty().get())).contains("Stop the running runs");
        assertThat(fx(() -> List.copyOf(dialogs.shown()))).anyMatch(d -> d.contains("Stop the running runs"));
        assertThat(run.isFinished()).isFalse();
        robot.clickOn("#stop-button");
        await(run::isFinished);
        assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
    }

    @Test
    void rendersTheWindowForTheReadme(FxRobot robot) throws Exception {
        // a longer run for the README's picture: mvn test -Dtest=WorkbenchWindowTest#rendersTheWindowForTheReadme
        //     -Dscreenshot.epochs=900 -Dscreenshot.dir=assets/screenshots
        readyWithEpochs(Integer.getInteger("screenshot.epochs", 150));
        fx(() -> {
            vm.repeatCountProperty().set(3);
            return null;
        });
        robot.clickOn("#repeat-button");
        List<RunItem> runs = awaitRuns(3);
        await(() -> runs.stream().allMatch(RunItem::isFinished));
        fx(() -> {
            view.runList().getSelectionModel().select(0);
            // on a log axis the rise after the validation minimum is plain to see
            view.chartView().logScaleProperty().set(true);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage image = window.screenshot("workbench.png");

        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
    }

    private void readyWithEpochs(int epochs) throws Exception {
        awaitReady();
        fx(() -> {
            vm.model().textProperty(ConfigField.EPOCHS).set(String.valueOf(epochs));
            return null;
        });
        await(() -> fx(() -> vm.runCommand().isExecutable()));
    }

    private void awaitFiles() throws Exception {
        await(() -> fx(() -> vm.workspace().fileTasksProperty().get() == 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitReady() throws Exception {
        await(() -> fx(() -> vm.backendReadyProperty().get() && vm.dataset().preparedProperty().get() != null));
    }

    private List<RunItem> awaitRuns(int n) throws Exception {
        await(() -> fx(() -> vm.runs().runs().size()) >= n);
        return fx(() -> List.copyOf(vm.runs().runs()));
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        TestWindow.await(condition, 60);
    }

    private static <T> T fx(Callable<T> action) {
        return TestWindow.fx(action);
    }
}

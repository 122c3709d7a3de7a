package org.lstmworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.forecast.RunForecast;
import org.lstmworkbench.report.ForecastImages;
import org.lstmworkbench.ui.forecast.ForecastViewModel;
import org.lstmworkbench.ui.model.ConfigField;
import org.lstmworkbench.ui.run.RunItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window, headless: a run on {@code demo:seasonal} with horizon 3, its Forecast tab (series per
 * step, persistence toggle, error by step), the run list's test errors and the diagnosis line, and
 * the forecast kept through a workspace save and reopen.
 */
@ExtendWith(ApplicationExtension.class)
class ForecastWindowTest {

    @TempDir
    static Path home;

    private TestWindow window;
    private MainViewModel vm;
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, home, 1280, 800);
        this.stage = stage;
        vm = window.vm;
        view = window.view;
    }

    @AfterEach
    void stopRuns() {
        window.shutdown();
    }

    @Test
    void aFinishedRunShowsItsForecastByStepAndKeepsItInTheWorkspace(FxRobot robot) throws Exception {
        TestWindow.await(() -> TestWindow.fx(() -> vm.backendReadyProperty().get()
                && vm.dataset().preparedProperty().get() != null), 60);
        TestWindow.fx(() -> {
            vm.dataset().applySpec(DemoDatasets.recommendedSpec("seasonal").toBuilder().horizon(3).build());
            return null;
        });
        TestWindow.await(() -> TestWindow.fx(() -> vm.dataset().preparedProperty().get() != null
                && vm.dataset().preparedProperty().get().outputs() == 3), 60);
        TestWindow.fx(() -> {
            vm.model().textProperty(ConfigField.EPOCHS).set(String.valueOf(Integer.getInteger("screenshot.epochs", 60)));
            vm.model().textProperty(ConfigField.UNITS).set("16");
            return null;
        });
        TestWindow.await(() -> TestWindow.fx(() -> vm.runCommand().isExecutable()), 30);
        TestWindow.fx(() -> {
            vm.runCommand().execute();
            return null;
        });
        TestWindow.await(() -> TestWindow.fx(() -> vm.runs().runs().size() == 1 && vm.runs().runs().get(0).isFinished()),
                180);
        RunItem run = TestWindow.fx(() -> vm.runs().runs().get(0));
        assertForecastTabReadableAtTheWindowsOwnDividers();
        TestWindow.fx(() -> {
            view.runList().getSelectionModel().clearAndSelect(0);
            TabPane details = (TabPane) stage.getScene().lookup("#run-details");
            Tab forecastTab = details.getTabs().stream().filter(t -> "forecast-tab".equals(t.getId())).findFirst()
                    .orElseThrow();
            details.getSelectionModel().select(forecastTab);
            // give the charts room for the screenshot: the run list narrower, the bottom half taller
            ((SplitPane) details.getParent().getParent()).setDividerPositions(0.38);
            ((SplitPane) details.getParent().getParent().getParent().getParent()).setDividerPositions(0.3);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        ForecastViewModel forecast = vm.forecast();
        RunForecast f = run.forecast();
        assertThat(f).isNotNull();
        int samples = f.parts().stream().mapToInt(p -> p.samples()).sum();
        assertThat(f.parts()).extracting(p -> p.part()).containsExactly("train", "validation", "test");
        assertThat(TestWindow.fx(() -> forecast.steps())).containsExactly("t+1", "t+2", "t+3");
        assertThat(TestWindow.fx(() -> forecast.chart().points(ForecastImages.ACTUAL))).isEqualTo(samples);
        assertThat(TestWindow.fx(() -> forecast.chart().points(ForecastImages.PREDICTED))).isEqualTo(samples);
        assertThat(TestWindow.fx(() -> forecast.chart().points(ForecastImages.PERSISTENCE))).isEqualTo(samples);
        assertThat(TestWindow.fx(() -> forecast.chart().residualPoints())).isEqualTo(samples);
        assertThat(TestWindow.fx(() -> forecast.chart().shadedParts())).isEqualTo(3);
        assertThat(TestWindow.fx(() -> forecast.stepRows().size())).isEqualTo(3);
        // the forecast's test RMSE over every step is the trainer's
        assertThat(f.errors(RunForecast.TEST).orElseThrow().rmse()).isCloseTo(
                TestWindow.fx(() -> run.toSaved().testRmse()), within(1e-9));
        assertThat(TestWindow.fx(() -> run.testErrorsProperty().get()))
                .startsWith(org.lstmworkbench.ui.common.DisplayTexts.number(f.errors(RunForecast.TEST).orElseThrow().rmse())
                        + " / ");
        assertThat(TestWindow.fx(() -> ((javafx.scene.control.Label) stage.getScene().lookup("#diagnosis-forecast"))
                .getText())).startsWith("Test forecast: RMSE");
        BufferedImage shot = window.screenshot("forecast.png");
        assertThat(shot.getWidth()).isEqualTo(1280);
        // the error-by-step table's headers are drawn whole ("Persistence RMSE", not "Persistence ...")
        assertThat(TestWindow.fx(() -> stage.getScene().lookup("#forecast-step-errors").lookupAll(".column-header .label")
                .stream().map(n -> (javafx.scene.control.Labeled) n)
                .filter(l -> l.getChildrenUnmodifiable().stream().anyMatch(c -> c instanceof javafx.scene.text.Text
                        && !((javafx.scene.text.Text) c).getText().equals(l.getText())))
                .map(javafx.scene.control.Labeled::getText).toList())).isEmpty();
        // "As a chart" draws the same errors by step in the table's place
        assertThat(TestWindow.fx(() -> {
            ((javafx.scene.control.CheckBox) stage.getScene().lookup("#forecast-step-as-chart")).setSelected(true);
            return stage.getScene().lookup("#forecast-step-chart").isVisible()
                    && !stage.getScene().lookup("#forecast-step-errors").isVisible();
        })).isTrue();
        window.screenshot("forecast-by-step.png");
        TestWindow.fx(() -> {
            ((javafx.scene.control.CheckBox) stage.getScene().lookup("#forecast-step-as-chart")).setSelected(false);
            return null;
        });

        TestWindow.fx(() -> {
            forecast.stepProperty().set(2);
            forecast.persistenceProperty().set(false);
            return null;
        });
        assertThat(TestWindow.fx(() -> forecast.messageProperty().get())).contains("t+3");
        assertThat(TestWindow.fx(() -> forecast.chart().seriesCount())).isEqualTo(2);
        assertThat(TestWindow.fx(() -> forecast.chart().points(ForecastImages.ACTUAL))).isEqualTo(samples);

        Path file = home.resolve("forecast-workspace.json");
        TestWindow.fx(() -> {
            vm.workspace().saveWorkspace(file);
            return null;
        });
        // saving runs in the background: open once it is written
        TestWindow.await(() -> TestWindow.fx(() -> file.equals(vm.workspace().workspaceFileProperty().get())), 30);
        TestWindow.fx(() -> {
            vm.workspace().openWorkspace(file);
            return null;
        });
        TestWindow.await(() -> TestWindow.fx(() -> vm.runs().runs().size() == 1
                && vm.runs().runs().get(0) != run && vm.runs().runs().get(0).forecast() != null), 30);
        assertThat(TestWindow.fx(() -> vm.runs().runs().get(0).forecast())).isEqualTo(f);
    }

    /**
     * As the window opens, before any divider is moved: the Forecast tab's texts are whole and its
     * errors by step ahead (with "As a chart") are reached by scrolling the tab, not squeezed away.
     */
    private void assertForecastTabReadableAtTheWindowsOwnDividers() throws Exception {
        TestWindow.fx(() -> {
            view.runList().getSelectionModel().clearAndSelect(0);
            TabPane details = (TabPane) stage.getScene().lookup("#run-details");
            details.getSelectionModel().select(details.getTabs().stream()
                    .filter(t -> "forecast-tab".equals(t.getId())).findFirst().orElseThrow());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane scroll = TestWindow.fx(() -> (ScrollPane) stage.getScene().lookup("#forecast-scroll"));
        assertThat(TestWindow.fx(() -> WindowLayoutTest.truncated((Parent) scroll.getContent(), "forecast-tab")))
                .isEmpty();
        TestWindow.fx(() -> {
            scroll.setVvalue(scroll.getVmax());
            scroll.layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds viewport = TestWindow.fx(() -> scroll.localToScene(scroll.getLayoutBounds()));
        for (String id : java.util.List.of("#forecast-step-as-chart", "#forecast-step-errors")) {
            Bounds shown = TestWindow.fx(() -> {
                Node node = stage.getScene().lookup(id);
                return node.localToScene(node.getLayoutBounds());
            });
            assertThat(shown.getHeight()).as("%s height", id).isGreaterThan(id.endsWith("errors") ? 100 : 10);
            assertThat(shown.getMaxY()).as("%s bottom within the tab", id).isLessThanOrEqualTo(viewport.getMaxY() + 0.5);
            assertThat(shown.getMinY()).as("%s top within the tab", id).isGreaterThanOrEqualTo(viewport.getMinY() - 0.5);
        }
        // "As a chart" here too: the plot keeps most of the narrow pane's width (a legend beside it took half)
        TestWindow.fx(() -> {
            ((javafx.scene.control.CheckBox) stage.getScene().lookup("#forecast-step-as-chart")).setSelected(true);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        org.jfree.chart.fx.ChartViewer stepChart = TestWindow.fx(
                () -> (org.jfree.chart.fx.ChartViewer) stage.getScene().lookup("#forecast-step-chart"));
        TestWindow.await(() -> TestWindow.fx(() -> stepChart.getCanvas().getRenderingInfo() != null
                && stepChart.getCanvas().getRenderingInfo().getPlotInfo().getDataArea().getWidth() > 0), 10);
        double plotWidth = TestWindow.fx(() -> stepChart.getCanvas().getRenderingInfo().getPlotInfo().getDataArea().getWidth());
        assertThat(plotWidth).isGreaterThan(0.6 * TestWindow.fx(() -> stepChart.getWidth()));
        TestWindow.fx(() -> {
            ((javafx.scene.control.CheckBox) stage.getScene().lookup("#forecast-step-as-chart")).setSelected(false);
            scroll.setVvalue(0);
            return null;
        });
    }
}

package org.lstmworkbench.ui.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.data.Encoding;
import org.lstmworkbench.ui.common.CurrentThreadTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Dataset tab with a multivariate file: preview widths, the preview toggle, the encoding choosers. */
@ExtendWith(ApplicationExtension.class)
class DatasetViewDataTest {

    @TempDir
    Path dir;

    private DatasetViewModel vm;
    private DatasetView view;

    @Start
    void start(Stage stage) {
        vm = new DatasetViewModel(new CurrentThreadTaskExecutor(), RecentFiles.inMemory());
        view = new DatasetView(vm);
        stage.setScene(new Scene(view, 1100, 760));
        stage.show();
    }

    private void open(FxRobot robot) throws Exception {
        StringBuilder csv = new StringBuilder("date,pm2.5,cbwd,Iws\n");
        for (int i = 0; i < 30; i++) {
            csv.append(String.format(Locale.ROOT, "2010-01-02 %02d:00,%d,%s,%.2f%n", i % 24, 120 + i,
                    i % 2 == 0 ? "NW" : "cv", 1234.56 + i));
        }
        Path file = Files.writeString(dir.resolve("p.csv"), csv.toString());
        robot.interact(() -> vm.openFile(file));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void previewColumnsAreAsWideAsTheirContent(FxRobot robot) throws Exception {
        open(robot);
        TableView<?> preview = robot.lookup("#dataset-preview").queryTableView();
        assertThat(preview.getColumns()).extracting(TableColumn::getText)
                .containsExactly("date", "pm2.5", "cbwd", "Iws");
        double label = new Text("2010-01-02 00:00").getLayoutBounds().getWidth();
        double value = new Text("1263.56").getLayoutBounds().getWidth();
        // every value fits, and the label column no longer takes the table's width
        assertThat(view.previewColumnWidth(0)).isGreaterThan(label).isLessThan(preview.getWidth() / 2);
        assertThat(view.previewColumnWidth(3)).isGreaterThan(value);
        for (TableColumn<?, ?> c : preview.getColumns()) {
            assertThat(c.getWidth()).isEqualTo(c.getPrefWidth());
        }
    }

    @Test
    void theToggleShowsWhatTheModelSeesAndTheEncodingChooserReachesTheSpec(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> vm.choices().inputColumns().setAll("pm2.5", "cbwd"));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<Encoding> encoding = robot.lookup("#dataset-encoding-cbwd").queryAs(ComboBox.class);
        assertThat(encoding.isDisabled()).isFalse();
        assertThat(encoding.getValue()).isEqualTo(Encoding.ONE_HOT);

        robot.clickOn("#dataset-preview-model");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> preview = robot.lookup("#dataset-preview").queryTableView();
        assertThat(robot.lookup("#dataset-preview-model").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(preview.getColumns()).extracting(TableColumn::getText)
                .containsExactly("date", "pm2.5", "cbwd=NW", "cbwd=cv", "Iws (target)");

        robot.interact(() -> encoding.setValue(Encoding.INTEGER));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.specProperty().get().encodings()).containsEntry("cbwd", Encoding.INTEGER);
        assertThat(preview.getColumns()).extracting(TableColumn::getText).containsExactly("date", "pm2.5", "cbwd", "Iws (target)");
        assertThat(robot.lookup("#dataset-preparation").queryLabeled().getText())
                .contains("cbwd: integer codes, 2 categories (NW, cv), 0 unseen values");
        @SuppressWarnings("unchecked")
        org.controlsfx.control.CheckComboBox<String> inputs =
                robot.lookup("#dataset-inputs").queryAs(org.controlsfx.control.CheckComboBox.class);
        assertThat(inputs.getItems()).containsExactly("pm2.5", "cbwd", "Iws");
        assertThat(inputs.getCheckModel().getCheckedItems()).containsExactly("pm2.5", "cbwd");
    }

    @Test
    void theFittedLambdaShowsInTheLambdaField(FxRobot robot) throws Exception {
        open(robot);
        javafx.scene.control.TextField lambda = robot.lookup("#dataset-lambda").queryAs(javafx.scene.control.TextField.class);
        assertThat(lambda.getPromptText()).isEqualTo("fitted");

        robot.interact(() -> vm.choices().powerProperty().set(org.lstmworkbench.data.TransformSpec.Power.BOX_COX));
        WaitForAsyncUtils.waitForFxEvents();

        double fitted = vm.preparedProperty().get().targetTransform().lambda();
        assertThat(fitted).isFinite();
        assertThat(lambda.getPromptText()).isEqualTo("fitted " + org.lstmworkbench.ui.common.DisplayTexts.number(fitted));
        assertThat(robot.lookup("#dataset-preparation").queryLabeled().getText())
                .contains(String.format(Locale.ROOT, "Box-Cox lambda %.4g", fitted));
    }
}

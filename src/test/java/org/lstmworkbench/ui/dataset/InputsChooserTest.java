package org.lstmworkbench.ui.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.ui.common.CurrentThreadTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The inputs box shows what is chosen after every switch of dataset, never a blank or stale text. */
@ExtendWith(ApplicationExtension.class)
class InputsChooserTest {

    @TempDir
    Path dir;

    private DatasetViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new DatasetViewModel(new CurrentThreadTaskExecutor(), RecentFiles.inMemory());
        vm.loadDemo("seasonal");
        stage.setScene(new Scene(new DatasetView(vm), 1100, 760));
        stage.show();
    }

    @Test
    void theInputsBoxShowsTheChoiceAfterSwitchingDatasets(FxRobot robot) throws Exception {
        CheckComboBox<?> box = robot.lookup("#dataset-inputs").queryAs(CheckComboBox.class);
        StringBuilder csv = new StringBuilder("a,b,y\n");
        for (int i = 1; i <= 20; i++) {
            csv.append(i).append(',').append(i + 1).append(',').append(i + 2).append('\n');
        }
        Path file = Files.writeString(dir.resolve("m.csv"), csv);
        robot.interact(() -> vm.openFile(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, box)).isEqualTo("Target's own past");

        robot.interact(() -> vm.choices().inputColumns().setAll("a", "b"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, box)).isEqualTo("a, b");

        robot.interact(() -> vm.loadDemo("sine"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, box)).isEqualTo("Target's own past");
    }

    /** The text drawn in the closed box. */
    private static String shown(FxRobot robot, CheckComboBox<?> box) {
        return robot.from(box).lookup(".list-cell").queryAll().stream().map(n -> ((ListCell<?>) n).getText())
                .filter(t -> t != null).findFirst().orElse(null);
    }
}

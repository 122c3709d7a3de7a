package org.lstmworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lstmworkbench.ui.main.TestWindow.await;
import static org.lstmworkbench.ui.main.TestWindow.fx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.model.Architectures;
import org.lstmworkbench.ui.model.ConfigField;
import org.lstmworkbench.ui.run.RunItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at the smallest comfortable size (1280x800, the README's screenshot) and at
 * 1024x700: no button, label, tab or column header shows its text cut to an ellipsis, on any tab.
 * Writes screenshots of both sizes to target/screenshots/ for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {

    @TempDir
    static Path home;

    private Stage stage;
    private TestWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stopRuns() {
        if (window != null) {
            window.shutdown();
        }
    }

    @Test
    void nothingIsCutToAnEllipsisAt1280x800() throws Exception {
        assertNoEllipsisWithRuns(1280, 800, "window-1280x800.png");
    }

    @Test
    void nothingIsCutToAnEllipsisAt1024x700() throws Exception {
        assertNoEllipsisWithRuns(1024, 700, "window-1024x700.png");
    }

    private void assertNoEllipsisWithRuns(int width, int height, String screenshot) throws Exception {
        window = fx(() -> TestWindow.show(stage, home, width, height));
        await(() -> fx(() -> window.vm.runCommand().isExecutable()), 60);
        // two runs that differ in their cells: the run list then shows a setting column too
        trainOnce("10");
        trainOnce("20");
        List<String> cut = new ArrayList<>();
        for (String tab : List.of("dataset-tab", "sweep-tab", "train-tab")) {
            selectTab(tab);
            cut.addAll(fx(() -> truncated(window.view, tab)));
            cut.addAll(fx(() -> overlapped(window.view, tab)));
        }
        window.screenshot(screenshot);
        assertThat(cut).as("texts cut to an ellipsis or covered at %dx%d", width, height).isEmpty();
    }

    @Test
    void theConvolutionsAndDecoderSectionsShowWholeTextsAt1280x800() throws Exception {
        assertArchitectureSectionsWhole(1280, 800);
    }

    @Test
    void theConvolutionsAndDecoderSectionsShowWholeTextsAt1024x700() throws Exception {
        assertArchitectureSectionsWhole(1024, 700);
    }

    /**
     * Each architecture's own section shown in turn: no text cut, no label run under its field; the
     * window opens after a session that did not close, so the status line carries its longest hint.
     */
    private void assertArchitectureSectionsWhole(int width, int height) throws Exception {
        Path crashed = java.nio.file.Files.createDirectories(home.resolve("crashed-" + width));
        java.nio.file.Files.writeString(crashed.resolve("autosave.json"), "{}");
        java.nio.file.Files.writeString(crashed.resolve("autosave.json.open"), "1");
        window = fx(() -> TestWindow.show(stage, crashed, width, height));
        await(() -> fx(() -> window.vm.backendReadyProperty().get()), 60);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.vm.statusProperty().get())).contains("File > Recover autosaved runs");
        selectTab("train-tab");
        List<String> cut = new ArrayList<>();
        for (String architecture : List.of(Architectures.LSTM, Architectures.CNN_LSTM, Architectures.ENCODER_DECODER)) {
            fx(() -> {
                window.vm.model().architectureTypeProperty().set(architecture);
                return null;
            });
            selectTab("train-tab");
            String where = "train-tab (" + architecture + ")";
            cut.addAll(fx(() -> {
                List<String> found = truncated(window.view, where);
                found.addAll(overlapped(window.view, where));
                return found;
            }));
            assertThat(fx(() -> window.view.lookup("#model-section-convolutions").isVisible()))
                    .isEqualTo(architecture.equals(Architectures.CNN_LSTM));
            assertThat(fx(() -> window.view.lookup("#model-section-decoder").isVisible()))
                    .isEqualTo(architecture.equals(Architectures.ENCODER_DECODER));
        }
        assertThat(cut).as("texts cut or covered at %dx%d", width, height).isEmpty();
    }

    /** Every shown form label whose right edge runs under the left edge of the field it labels. */
    private static List<String> overlapped(Parent root, String tab) {
        List<String> covered = new ArrayList<>();
        collectOverlaps(root, tab, covered);
        return covered;
    }

    private static void collectOverlaps(Node node, String tab, List<String> covered) {
        if (!node.isVisible()) {
            return;
        }
        // a form's labels sit in a grid beside their fields (the menu bar's labels label their menus)
        if (node instanceof Label l && l.getParent() instanceof GridPane && l.getLabelFor() != null
                && l.getLabelFor().isVisible()) {
            double labelRight = l.localToScene(l.getLayoutBounds()).getMaxX();
            Node field = l.getLabelFor();
            double fieldLeft = field.localToScene(field.getLayoutBounds()).getMinX();
            if (labelRight > fieldLeft + 0.5) {
                covered.add(tab + ": label \"" + l.getText() + "\" runs under its field by "
                        + Math.round(labelRight - fieldLeft) + " px");
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectOverlaps(child, tab, covered);
            }
        }
    }

    private void trainOnce(String cells) throws Exception {
        int before = fx(() -> window.vm.runs().runs().size());
        fx(() -> {
            window.vm.model().textProperty(ConfigField.UNITS).set(cells);
            window.vm.model().textProperty(ConfigField.EPOCHS).set("150");
            window.vm.runCommand().execute();
            return null;
        });
        await(() -> fx(() -> window.vm.runs().runs().size() == before + 1
                && window.vm.runs().runs().stream().allMatch(RunItem::isFinished)), 60);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void selectTab(String id) {
        fx(() -> {
            TabPane tabs = (TabPane) window.view.lookup(".tab-pane");
            Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
            tabs.getSelectionModel().select(tab);
            window.view.applyCss();
            window.view.layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every shown Labeled under {@code root} whose drawn text is not its whole text, as "tab: text -> drawn". */
    static List<String> truncated(Parent root, String tab) {
        List<String> cut = new ArrayList<>();
        collect(root, tab, cut);
        return cut;
    }

    private static void collect(Node node, String tab, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && l.getWidth() > 0) {
            // the skin draws the (possibly clipped) text as a Text child of the Labeled itself
            String shown = l.getChildrenUnmodifiable().stream().filter(c -> c instanceof Text)
                    .map(c -> ((Text) c).getText()).findFirst().orElse(l.getText());
            if (!shown.equals(l.getText()) && !(l.isWrapText() && shown.replace("\n", " ").equals(l.getText()))) {
                cut.add(tab + ": \"" + l.getText() + "\" drawn as \"" + shown + "\"");
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, tab, cut);
            }
        }
    }
}

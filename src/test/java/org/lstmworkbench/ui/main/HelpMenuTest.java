package org.lstmworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lstmworkbench.ui.main.TestWindow.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Help menu of the window: each item opens its text. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {

    @TempDir
    static Path home;

    private TestWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, home, 1280, 800);
    }

    @AfterEach
    void stop() {
        window.shutdown();
    }

    private String open(String item) {
        int before = window.dialogs.shown().size();
        fx(() -> {
            MenuBar bar = (MenuBar) window.view.lookup(".menu-bar");
            Menu help = bar.getMenus().stream().filter(m -> m.getText().equals("Help")).findFirst().orElseThrow();
            MenuItem i = help.getItems().stream().filter(x -> item.equals(x.getText())).findFirst().orElseThrow();
            i.fire();
            return null;
        });
        List<String> shown = window.dialogs.shown();
        assertThat(shown).hasSize(before + 1);
        return shown.get(shown.size() - 1);
    }

    @Test
    void theWindowItemShowsTheReadmesWindowSectionAsPlainText() throws Exception {
        String text = open("The window");
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## The window"));
        section = section.substring(0, section.indexOf("\n## "));
        // the first paragraph of the README's section, marks removed, is what the dialog shows
        String firstLine = section.lines().skip(2).findFirst().orElseThrow().replace("`", "");
        assertThat(text).startsWith("info: Help: The window\n").contains(firstLine)
                .contains("Run (Ctrl+R) trains once").doesNotContain("**").doesNotContain("![").doesNotContain("`");
    }

    @Test
    void theShortcutsItemListsTheMenusAccelerators() {
        String text = open("Keyboard shortcuts");
        assertThat(text).contains("Run menu").containsPattern("(Ctrl|Shortcut|⌘)\\+R\\s+Run\\n")
                .containsPattern("Escape\\s+Stop").contains("Ctrl+drag           pan");
    }

    @Test
    void theLabelsItemExplainsEveryLabelAndEvidenceNumber() {
        String text = open("What the labels mean");
        assertThat(text).contains("Underfit: still improving\n  Validation loss was still falling clearly")
                .contains("Overfit\n  ").contains("Brownlee ch. 12, overfit example, 1200 epochs")
                .contains("Next step: Validation loss was still falling at the end: train for more epochs.")
                .contains("Rise above best (GL at end) (glEnd)\n  Prechelt's generalisation loss");
    }

    @Test
    void markdownBecomesPlainText() {
        assertThat(HelpMenu.plain("## Title\n**Run** (`Ctrl+R`) and *Grid*; 3 x 5 * 2\n![shot](a.png)\nend"))
                .isEqualTo("Title\nRun (Ctrl+R) and Grid; 3 x 5 * 2\nend");
    }
}

package org.lstmworkbench.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.diagnosis.CurveDiagnoser;
import org.lstmworkbench.diagnosis.CurveInput;
import org.lstmworkbench.diagnosis.Diagnosis;
import org.lstmworkbench.diagnosis.RepeatDiagnosis;
import org.lstmworkbench.model.ModelConfig;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The diagnosis pane as a student sees it: sentences, the next step, readable evidence with tooltips, scrolling. */
class DiagnosisPaneTest {

    private Stage stage;

    /** Validation 0.2 + e^(-t/5) + 0.002 (t-20)^2 after epoch 20 against a falling training loss: overfits at 21. */
    private static CurveInput overfit(double shift) {
        double[] train = new double[60];
        double[] val = new double[60];
        for (int t = 1; t <= 60; t++) {
            train[t - 1] = 0.05 + Math.exp(-t / 5.0);
            val[t - 1] = 0.2 + shift + Math.exp(-t / 5.0) + (t > 20 ? 0.002 * (t - 20) * (t - 20) : 0);
        }
        return CurveInput.of(train, val);
    }

    private DiagnosisPane showPane(int width, int height) throws Exception {
        FxToolkit.registerPrimaryStage();
        Diagnosis d = new CurveDiagnoser().diagnose(overfit(0));
        RepeatDiagnosis group = RepeatDiagnosis.of(List.of(overfit(0), overfit(0.01), overfit(0.02)));
        RunItem run = new RunItem("r1", "run 1", "g1", 0, ModelConfig.defaults(), 7);
        return fx(() -> {
            DiagnosisPane pane = new DiagnosisPane();
            pane.show(run, d, group);
            stage = new Stage();
            stage.setScene(new Scene(pane, width, height));
            stage.show();
            pane.applyCss();
            pane.layout();
            return pane;
        });
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            fx(() -> {
                stage.close();
                return null;
            });
        }
    }

    @Test
    void showsTheVerdictTheNextStepAndReadableEvidenceWithTooltips() throws Exception {
        DiagnosisPane pane = showPane(300, 300);

        String text = fx(pane::text);
        assertThat(text).contains("\nOverfit\nconfidence 1.00").contains("best validation epoch 21")
                .contains("Validation loss was lowest at epoch 21 and has risen")
                .contains("Next step: Validation loss was lowest at epoch 21: stop there (early stopping), add "
                        + "regularisation such as dropout, or get more data.")
                .contains("Repeats: 3 of 3 runs: Overfit. The mean curve of the 3 runs: Overfit.")
                .contains("Rise above best (GL at end): ").contains("Validation above training: ")
                .contains("Epochs after the best: 38 epochs");
        // no camelCase names on the screen: they are for --json and run.json
        assertThat(text).doesNotContainPattern("\\b[a-z]+[A-Z][a-zA-Z]*\\b");
        // the badge keeps its words in a narrow pane (it once read "...")
        Label badge = fx(() -> (Label) pane.lookup("#diagnosis-badge"));
        assertThat(fx(badge::getText)).isEqualTo("Overfit");
        assertThat(fx(() -> badge.getWidth() >= badge.prefWidth(-1) - 0.5)).isTrue();
        String tip = fx(() -> ((Label) pane.lookup("#evidence-glEnd")).getTooltip().getText());
        assertThat(tip).startsWith("Prechelt's generalisation loss at the last epoch").contains("(glEnd = ");
    }

    @Test
    void scrollsWhenTheTextIsTallerThanThePane() throws Exception {
        DiagnosisPane pane = showPane(420, 300);

        ScrollBar vertical = fx(() -> verticalBar(pane));
        assertThat(vertical).isNotNull();
        assertThat(fx(vertical::isVisible)).isTrue();
        double contentHeight = fx(() -> pane.getContent().getBoundsInLocal().getHeight());
        assertThat(contentHeight).isGreaterThan(300);
        // the wrapped sentences keep their full text (no "..." cut) however narrow the pane
        assertThat(fx(() -> ((Label) pane.lookup("#diagnosis-next")).getHeight())).isGreaterThan(30);
        fx(() -> {
            pane.setVvalue(pane.getVmax());
            return null;
        });
        assertThat(fx(pane::getVvalue)).isEqualTo(fx(pane::getVmax));

        screenshot("diagnosis-pane-scrolled.png");
        fx(() -> {
            stage.setHeight(900);
            pane.setVvalue(0);
            pane.layout();
            return null;
        });
        screenshot("diagnosis-pane.png");
    }

    private static ScrollBar verticalBar(DiagnosisPane pane) {
        for (Node n : pane.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar b && b.getOrientation() == Orientation.VERTICAL) {
                return b;
            }
        }
        return null;
    }

    private void screenshot(String name) throws Exception {
        BufferedImage image = fx(() -> SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null));
        Path out = Path.of(System.getProperty("screenshot.dir", "target/screenshots")).resolve(name);
        Files.createDirectories(out.getParent());
        ImageIO.write(image, "png", out.toFile());
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }
}

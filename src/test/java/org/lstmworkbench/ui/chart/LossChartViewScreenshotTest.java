package org.lstmworkbench.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lstmworkbench.training.EpochMetrics;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LossChartViewScreenshotTest {

    private static final int EPOCHS = 400;
    private LossChartView view;

    @Start
    void start(Stage stage) {
        LossChart chart = new LossChart();
        view = new LossChartView(chart);
        double[][] val = new double[3][];
        for (int r = 0; r < 3; r++) {
            String id = "run-" + (r + 1);
            chart.addRun(id, "seed " + (r + 1), r);
            List<EpochMetrics> epochs = SyntheticRuns.curve(r + 1, EPOCHS, 200 + 20 * r);
            chart.appendEpochs(id, epochs);
            val[r] = epochs.stream().mapToDouble(EpochMetrics::valLoss).toArray();
        }
        double[] mean = new double[EPOCHS];
        double[] std = new double[EPOCHS];
        for (int e = 0; e < EPOCHS; e++) {
            double m = (val[0][e] + val[1][e] + val[2][e]) / 3;
            double v = 0;
            for (double[] run : val) {
                v += (run[e] - m) * (run[e] - m);
            }
            mean[e] = m;
            std[e] = Math.sqrt(v / 2);
        }
        chart.setBand("repeat", "validation, 3 seeds", mean, std, 4);
        chart.setBestEpoch("run-1", 200);
        chart.setOverfitFrom("run-1", 200);
        chart.setBaselines(0.061, 0.12);
        stage.setScene(new Scene(view, 1000, 600));
        stage.show();
    }

    @Test
    void rendersAReadableChartWithToolbar() throws IOException {
        BufferedImage image = FxThread.call(() -> {
            WritableImage snap = view.snapshot(null, null);
            return SwingFXUtils.fromFXImage(snap, null);
        });
        ImageIO.write(image, "png", Path.of("/tmp/chart-view.png").toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        // the plot is white and the curves are coloured: count pixels of run 1's colour
        int runColour = RunColours.awt(0).getRGB() & 0xFFFFFF;
        long coloured = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == runColour) {
                    coloured++;
                }
            }
        }
        assertThat(coloured).isGreaterThan(100);
    }
}

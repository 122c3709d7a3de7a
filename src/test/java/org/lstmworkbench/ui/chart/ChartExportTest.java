package org.lstmworkbench.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.WorkbenchException;

class ChartExportTest {

    @TempDir
    Path dir;

    private static LossChart chartWithOneRun() {
        return FxThread.call(() -> {
            LossChart chart = new LossChart();
            chart.addRun("a", "run a", 0);
            chart.appendEpochs("a", SyntheticRuns.curve(1, 50, 30));
            chart.setBaselines(0.06, 0.1);
            return chart;
        });
    }

    @Test
    void svgExportWritesAnSvgDocumentWithTheRunInIt() throws Exception {
        LossChart chart = chartWithOneRun();
        Path file = dir.resolve("chart.svg");
        FxThread.run(() -> ChartExport.svg(chart.chart(), file, 800, 500));
        String svg = Files.readString(file);
        assertThat(svg.startsWith("<svg") || (svg.startsWith("<?xml") && svg.contains("<svg"))).isTrue();
        assertThat(svg).contains("width='800.0'").contains("run a").contains("persistence");
    }

    @Test
    void pngExportHasTheRequestedSize() throws Exception {
        LossChart chart = chartWithOneRun();
        Path file = dir.resolve("chart.png");
        FxThread.run(() -> ChartExport.png(chart.chart(), file, 640, 360));
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(360);
    }

    @Test
    void unwritableFileGivesAMessageNamingIt() {
        LossChart chart = chartWithOneRun();
        Path file = dir.resolve("missing-folder").resolve("chart.svg");
        assertThatThrownBy(() -> FxThread.run(() -> ChartExport.svg(chart.chart(), file, 800, 500)))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining(file.toString());
        Path png = dir.resolve("missing-folder").resolve("chart.png");
        assertThatThrownBy(() -> FxThread.run(() -> ChartExport.png(chart.chart(), png, 800, 500)))
                .isInstanceOf(WorkbenchException.class)
                .hasMessageContaining(png.toString());
    }
}

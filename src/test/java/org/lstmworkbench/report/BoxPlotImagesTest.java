package org.lstmworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoxPlotImagesTest {

    @TempDir
    Path dir;

    @Test
    void boxUsesTheDescribeQuartilesAndWhiskersWithinOneAndAHalfIqr() {
        // The seed's 1-cell losses: quartiles 0.169736 / 0.187934 / 0.220867, IQR 0.051131.
        BoxAndWhiskerItem item = BoxPlotImages.item(new double[] {0.187934, 0.169736, 0.294507, 0.105454, 0.220867});

        assertThat(item.getQ1().doubleValue()).isEqualTo(0.169736);
        assertThat(item.getMedian().doubleValue()).isEqualTo(0.187934);
        assertThat(item.getQ3().doubleValue()).isEqualTo(0.220867);
        assertThat(item.getMean().doubleValue()).isCloseTo(0.1957, org.assertj.core.api.Assertions.within(1e-6));
        // Fences 0.093039 and 0.297564: every value is inside, so whiskers reach min and max.
        assertThat(item.getMinRegularValue().doubleValue()).isEqualTo(0.105454);
        assertThat(item.getMaxRegularValue().doubleValue()).isEqualTo(0.294507);
        assertThat(item.getOutliers()).isEmpty();
    }

    @Test
    void valuesBeyondTheFencesBecomeOutliers() {
        BoxAndWhiskerItem item = BoxPlotImages.item(new double[] {1, 2, 3, 4, 100});

        assertThat(item.getMaxRegularValue().doubleValue()).isEqualTo(4);
        assertThat(item.getOutliers()).containsExactly(100.0);
        Map<String, double[]> groups = new LinkedHashMap<>();
        groups.put("b", new double[] {1, 2, 3});
        groups.put("a", new double[] {1, 2, 3, 4, 100});
        CategoryPlot plot = BoxPlotImages.boxPlot("t", "v", groups).getCategoryPlot();
        assertThat(((org.jfree.data.statistics.BoxAndWhiskerCategoryDataset) plot.getDataset(0)).getOutliers(0, 0))
                .as("the renderer's own (box-sized) outlier circles are not used").isEmpty();
        assertThat(plot.getDataset(2).getValue("outlier 1", "a").doubleValue()).isEqualTo(100.0);
        assertThat(plot.getDataset(2).getColumnKeys()).as("outliers sit over their own box")
                .isEqualTo(plot.getDataset(0).getColumnKeys());
    }

    @Test
    void drawsTheMeanAsASmallMarkerInsteadOfTheRenderersDiscAndCapsTheBoxWidth() throws Exception {
        Map<String, double[]> groups = new LinkedHashMap<>();
        groups.put("1", new double[] {0.19, 0.17, 0.29});
        groups.put("10", new double[] {0.02, 0.006, 0.04});

        JFreeChart chart = BoxPlotImages.boxPlot("t", "loss", groups);
        CategoryPlot plot = chart.getCategoryPlot();
        BoxAndWhiskerRenderer box = (BoxAndWhiskerRenderer) plot.getRenderer(0);

        assertThat(box.isMeanVisible()).isFalse();
        assertThat(box.getMaximumBarWidth()).isEqualTo(0.12);
        assertThat(plot.getDataset(1).getColumnKeys()).isEqualTo(List.of("1", "10"));
        assertThat(plot.getDataset(1).getValue(0, 1).doubleValue()).isCloseTo(0.022, org.assertj.core.api.Assertions.within(1e-12));
        BoxPlotImages.writePng(dir.resolve("b.png"), "t", "loss", groups, 800, 500);
        BufferedImage png = ImageIO.read(dir.resolve("b.png").toFile());
        assertThat(png.getWidth()).isEqualTo(800);
        assertThat(png.getHeight()).isEqualTo(500);
    }

    @Test
    void overlaysEveryRunOfSeveralWithOneLegendEntryPerCurveKind() {
        JFreeChart chart = LossChartImages.overlay("runs", List.of(new double[] {3, 2, 1}, new double[] {4, 3, 2}),
                List.of(new double[] {5, 4, 3}, new double[] {6, 5, 4}));

        assertThat(chart.getXYPlot().getDataset().getSeriesCount()).isEqualTo(4);
        assertThat(chart.getXYPlot().getLegendItems().getItemCount()).isEqualTo(2);
        assertThat(chart.getXYPlot().getLegendItems().get(0).getLabel()).isEqualTo("train");
        assertThat(chart.getXYPlot().getLegendItems().get(1).getLabel()).isEqualTo("validation");
    }
}

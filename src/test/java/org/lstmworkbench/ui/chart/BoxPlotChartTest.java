package org.lstmworkbench.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.report.BoxPlotImages;
import org.lstmworkbench.report.BoxPlotStyle;

class BoxPlotChartTest {

    private static Map<String, double[]> groups() {
        Map<String, double[]> groups = new LinkedHashMap<>();
        groups.put("1", new double[] {1, 2, 3, 4, 100});
        groups.put("10", new double[] {0.02, 0.006, 0.04});
        return groups;
    }

    @Test
    void windowAndPngDrawBoxesOutliersAndGridAlike() {
        BoxPlotChart live = new BoxPlotChart("t", "loss");
        live.setGroups(groups());
        CategoryPlot window = live.chart().getCategoryPlot();
        CategoryPlot png = BoxPlotImages.boxPlot("t", "loss", groups()).getCategoryPlot();

        assertThat(window.getRangeGridlinePaint()).isEqualTo(png.getRangeGridlinePaint())
                .isEqualTo(BoxPlotStyle.GRID);
        BoxAndWhiskerRenderer windowBox = (BoxAndWhiskerRenderer) window.getRenderer(0);
        BoxAndWhiskerRenderer pngBox = (BoxAndWhiskerRenderer) png.getRenderer(0);
        assertThat(windowBox.getMaximumBarWidth()).isEqualTo(pngBox.getMaximumBarWidth()).isEqualTo(0.12);
        assertThat(windowBox.getSeriesPaint(0)).isEqualTo(pngBox.getSeriesPaint(0));
        LineAndShapeRenderer windowOutliers = (LineAndShapeRenderer) window.getRenderer(BoxPlotStyle.OUTLIERS);
        LineAndShapeRenderer pngOutliers = (LineAndShapeRenderer) png.getRenderer(BoxPlotStyle.OUTLIERS);
        assertThat(windowOutliers.getDefaultShape().getBounds2D().getWidth()).isEqualTo(7.0);
        assertThat(pngOutliers.getDefaultShape().getBounds2D().getWidth()).isEqualTo(7.0);
        assertThat(window.getLegendItems().getItemCount()).isEqualTo(png.getLegendItems().getItemCount());
    }

    @Test
    void liveChartShowsTheSameStatisticsAsThePng() {
        BoxPlotChart live = new BoxPlotChart("t", "loss");
        live.setGroups(groups());
        CategoryPlot png = BoxPlotImages.boxPlot("t", "loss", groups()).getCategoryPlot();

        assertThat(live.labels()).containsExactly("1", "10");
        assertThat(live.dataset().getMedianValue(0, 0).doubleValue()).isEqualTo(3.0);
        assertThat(live.chart().getCategoryPlot().getDataset(BoxPlotStyle.OUTLIERS).getValue("outlier 1", "1"))
                .isEqualTo(png.getDataset(BoxPlotStyle.OUTLIERS).getValue("outlier 1", "1"))
                .isEqualTo(100.0);
    }
}

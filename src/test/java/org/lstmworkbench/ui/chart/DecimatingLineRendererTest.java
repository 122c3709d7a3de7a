package org.lstmworkbench.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstmworkbench.training.EpochMetrics;

/** Thinning the drawn path must not lose what a person looks for: spikes and the curve's ends. */
class DecimatingLineRendererTest {

    private static final int EPOCHS = 2000;

    @ParameterizedTest(name = "smoothing {0}")
    @ValueSource(doubles = {0.0, 0.9})
    void aOneEpochSpikeInADenseCurveIsStillDrawnToItsTop(double smoothing) {
        List<EpochMetrics> epochs = new ArrayList<>();
        for (int e = 1; e <= EPOCHS; e++) {
            double train = e == 1000 ? 1.0 : 0.5 + 0.01 * Math.sin(e);
            epochs.add(EpochMetrics.regression(e, train, Double.NaN, 0, Double.NaN, 0.001, e));
        }
        int[] result = FxThread.call(() -> {
            LossChart chart = new LossChart();
            chart.addRun("a", "run a", 0);
            chart.appendEpochs("a", epochs);
            chart.setSmoothing(smoothing);
            BufferedImage image = new BufferedImage(700, 400, BufferedImage.TYPE_INT_RGB);
            ChartRenderingInfo info = new ChartRenderingInfo();
            var g2 = image.createGraphics();
            chart.chart().draw(g2, new Rectangle(700, 400), info);
            g2.dispose();
            Rectangle2D area = info.getPlotInfo().getDataArea();
            XYPlot plot = chart.plot();
            int x = (int) Math.round(plot.getDomainAxis().valueToJava2D(1000, area, plot.getDomainAxisEdge()));
            int spikeY = (int) Math.round(plot.getRangeAxis().valueToJava2D(1.0, area, plot.getRangeAxisEdge()));
            // topmost pixel in the spike's neighbourhood that is not white or grid grey
            int top = Integer.MAX_VALUE;
            for (int px = x - 3; px <= x + 3; px++) {
                for (int py = (int) area.getMinY(); py < (int) area.getMaxY(); py++) {
                    int rgb = image.getRGB(px, py) & 0xFFFFFF;
                    int r = rgb >> 16 & 0xFF;
                    int b = rgb & 0xFF;
                    if (b - r >= 4) { // the run's blue, even faint; not the neutral greys
                        top = Math.min(top, py);
                        break;
                    }
                }
            }
            return new int[] {top, spikeY};
        });
        assertThat(result[0]).isBetween(result[1] - 3, result[1] + 3);
    }
}

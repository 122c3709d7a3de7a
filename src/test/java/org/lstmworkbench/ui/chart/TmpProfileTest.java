package org.lstmworkbench.ui.chart;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.StandardEntityCollection;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.training.EpochMetrics;

class TmpProfileTest {
    @Test
    void profile() {
        FxThread.run(() -> {
            for (int rep = 0; rep < 3; rep++) {
                LossChart chart = new LossChart();
                chart.setSmoothing(0.6);
                for (int r = 0; r < 30; r++) chart.addRun("r" + r, "r" + r, r);
                long t0 = System.nanoTime();
                chart.batch(() -> {
                for (int r = 0; r < 30; r++) {
                    List<EpochMetrics> c = SyntheticRuns.curve(r, 2000, 1200);
                    chart.appendEpochs("r" + r, c);
                }});
                long t1 = System.nanoTime();
                BufferedImage img = new BufferedImage(1200, 760, BufferedImage.TYPE_INT_ARGB);
                var g = img.createGraphics();
                chart.chart().draw(g, new Rectangle(1200, 760), null, null);
                long t2 = System.nanoTime();
                chart.chart().draw(g, new Rectangle(1200, 760), null, new ChartRenderingInfo(new StandardEntityCollection()));
                long t3 = System.nanoTime();
                var fxc = new javafx.scene.canvas.Canvas(1200, 760);
                var fg = new org.jfree.fx.FXGraphics2D(fxc.getGraphicsContext2D());
                chart.chart().draw(fg, new Rectangle(1200, 760), null, null);
                long t4 = System.nanoTime();
                chart.chart().draw(fg, new Rectangle(1200, 760), null, new ChartRenderingInfo(new StandardEntityCollection()));
                long t5 = System.nanoTime();
                System.out.printf("append %.1f ms, awt draw %.1f, awt draw+entities %.1f, fx draw %.1f, fx+entities %.1f%n",
                        (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t5 - t4) / 1e6);
            }
        });
    }
}

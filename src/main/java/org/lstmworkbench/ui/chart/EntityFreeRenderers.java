package org.lstmworkbench.ui.chart;

import java.awt.Shape;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * The band renderer without chart entities (the line renderers are {@link DecimatingLineRenderer}). JFreeChart makes one entity per drawn point, tooltip
 * text included, on every redraw; with 30 runs x 2000 epochs that was the larger half of the
 * redraw time on the FX thread. Tooltips come from {@link NearestPointTooltip} instead.
 */
final class EntityFreeRenderers {

    private EntityFreeRenderers() {
    }

    /** Mean line with a shaded interval. */
    static DeviationRenderer bands() {
        return new DeviationRenderer(true, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void addEntity(EntityCollection entities, Shape hotspot, XYDataset dataset, int series,
                                     int item, double entityX, double entityY) {
                // deliberately none: see the class comment
            }
        };
    }
}

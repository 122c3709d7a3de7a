package org.lstmworkbench.ui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lstmworkbench.forecast.StepComparison;

/**
 * The forecast view's error-by-step chart: the model's RMSE at each step ahead (t+1 ... t+H) in
 * original units beside persistence's, so a growing error and the step where the model stops
 * beating persistence show at a glance. Change it on the FX thread only.
 */
public final class StepErrorChart {

    /** Series index of the model's RMSE. */
    public static final int MODEL = 0;
    /** Series index of persistence's RMSE. */
    public static final int PERSISTENCE = 1;

    private static final Color MODEL_COLOUR = new Color(31, 119, 180);
    private static final Color PERSISTENCE_COLOUR = new Color(150, 150, 150);

    private final XYSeries model = new XYSeries("model RMSE", false, false);
    private final XYSeries persistence = new XYSeries("persistence RMSE", false, false);
    private final JFreeChart chart;

    public StepErrorChart() {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(model);
        data.addSeries(persistence);
        NumberAxis step = new NumberAxis("step ahead");
        step.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        // short: the chart is low; "original units" is in the tab's message above
        NumberAxis rmse = new NumberAxis("RMSE");
        ChartStyle.axis(step);
        ChartStyle.axis(rmse);
        // an error starts at zero: the distance between the lines reads as a share
        rmse.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(MODEL, MODEL_COLOUR);
        renderer.setSeriesPaint(PERSISTENCE, PERSISTENCE_COLOUR);
        renderer.setSeriesStroke(MODEL, new BasicStroke(2f));
        renderer.setSeriesStroke(PERSISTENCE, ChartStyle.trace(true, 1.5f));
        renderer.setDefaultShape(new Ellipse2D.Double(-3, -3, 6, 6));
        renderer.setAutoPopulateSeriesShape(false);
        XYPlot plot = new XYPlot(data, step, rmse, renderer);
        chart = new JFreeChart(null, ChartStyle.AXIS_LABEL, plot, true);
        ChartStyle.plot(chart, plot);
        // the details pane is narrow: a legend beside the plot took half its width, one line above takes
        // a little height (the Forecast tab scrolls)
        chart.getLegend().setPosition(org.jfree.chart.ui.RectangleEdge.TOP);
    }

    public JFreeChart chart() {
        return chart;
    }

    /** Draws one point per step ahead ({@code t+1} at 1); an empty list clears the chart. */
    public void show(List<StepComparison.StepRmse> steps) {
        chart.setNotify(false);
        try {
            model.clear();
            persistence.clear();
            for (int s = 0; s < steps.size(); s++) {
                model.add(s + 1, steps.get(s).rmse());
                persistence.add(s + 1, steps.get(s).persistenceRmse());
            }
        } finally {
            chart.setNotify(true);
        }
    }

    /** Points of series {@link #MODEL} or {@link #PERSISTENCE}. */
    public int points(int series) {
        return series == MODEL ? model.getItemCount() : persistence.getItemCount();
    }

    /** The value drawn for series {@code series} at 0-based {@code step}. */
    public double value(int series, int step) {
        return (series == MODEL ? model : persistence).getY(step).doubleValue();
    }
}

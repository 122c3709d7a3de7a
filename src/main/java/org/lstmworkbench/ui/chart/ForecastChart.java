package org.lstmworkbench.ui.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;
import org.lstmworkbench.forecast.RunForecast;
import org.lstmworkbench.report.ForecastImages;

/**
 * The forecast view's chart: the selected run's actual vs predicted values over its parts (shaded as
 * in the dataset preview) with the persistence forecast, and the residuals below on the same time
 * axis. The plots are those of the {@code forecast.png} the command line writes
 * ({@link ForecastImages}), in the window's chart style. Change it on the FX thread only: the chart
 * canvas redraws on the thread that fires the change.
 */
public final class ForecastChart {

    private final NumberAxis time = new NumberAxis("time step (series index)");
    private final CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
    private final JFreeChart chart;
    private XYPlot forecastPlot;
    private XYPlot residualPlot;

    public ForecastChart() {
        ChartStyle.axis(time);
        plot.setGap(6);
        chart = new JFreeChart(null, ChartStyle.AXIS_LABEL, plot, true);
        ChartStyle.plot(chart, plot);
        chart.setPadding(new RectangleInsets(2, 2, 2, 6));
    }

    public JFreeChart chart() {
        return chart;
    }

    /** Draws {@code forecast} at 0-based {@code step}; null clears the chart. */
    public void show(RunForecast forecast, int step, boolean persistence) {
        chart.setNotify(false);
        try {
            for (XYPlot p : List.copyOf(plot.getSubplots())) {
                plot.remove(p);
            }
            forecastPlot = null;
            residualPlot = null;
            if (forecast != null) {
                forecastPlot = styled(ForecastImages.forecastPlot(forecast, step, persistence));
                residualPlot = styled(ForecastImages.residualPlot(forecast, step));
                plot.add(forecastPlot, 3);
                plot.add(residualPlot, 1);
            }
        } finally {
            chart.setNotify(true);
        }
    }

    /** Points of series {@code series} ({@link ForecastImages#ACTUAL}, ...) of the forecast plot; 0 when absent. */
    public int points(int series) {
        return forecastPlot == null || series >= forecastPlot.getDataset().getSeriesCount() ? 0
                : forecastPlot.getDataset().getItemCount(series);
    }

    /** Series drawn on the forecast plot (actual, predicted, and persistence when shown). */
    public int seriesCount() {
        return forecastPlot == null ? 0 : forecastPlot.getDataset().getSeriesCount();
    }

    /** Points of the residual plot. */
    public int residualPoints() {
        return residualPlot == null ? 0 : residualPlot.getDataset().getItemCount(0);
    }

    /** Shaded parts behind the forecast plot. */
    public int shadedParts() {
        return forecastPlot == null || forecastPlot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND) == null ? 0
                : forecastPlot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size();
    }

    private static XYPlot styled(XYPlot p) {
        p.setBackgroundPaint(java.awt.Color.WHITE);
        p.setOutlineVisible(false);
        p.setDomainGridlinePaint(ChartStyle.GRID);
        p.setRangeGridlinePaint(ChartStyle.GRID);
        ValueAxis range = p.getRangeAxis();
        ChartStyle.axis(range);
        return p;
    }
}

package org.lstmworkbench.ui.chart;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.lstmworkbench.WorkbenchException;

/** Writes a chart to an image file: PNG (pixels) or SVG (vector, for papers and slides). */
public final class ChartExport {

    private ChartExport() {
    }

    /**
     * Writes {@code chart} as a PNG of {@code width} x {@code height} pixels.
     *
     * @throws WorkbenchException naming the file when it cannot be written
     */
    public static void png(JFreeChart chart, Path file, int width, int height) {
        checkSize(file, width, height);
        try {
            ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot write the PNG (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Writes {@code chart} as an SVG document of {@code width} x {@code height} user units.
     *
     * @throws WorkbenchException naming the file when it cannot be written
     */
    public static void svg(JFreeChart chart, Path file, int width, int height) {
        checkSize(file, width, height);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        try {
            Files.writeString(file, g2.getSVGDocument(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot write the SVG (" + e.getMessage() + ")", e);
        }
    }

    private static void checkSize(Path file, int width, int height) {
        if (width < 1 || height < 1) {
            throw new WorkbenchException(file + ": image size must be positive, got " + width + " x " + height);
        }
    }
}

package org.lstmworkbench.ui.chart;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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

    /** A drawn chart, ready to be written to a file on any thread. */
    @FunctionalInterface
    public interface Image {

        /**
         * Writes the drawn chart to {@code file}.
         *
         * @throws WorkbenchException naming the file when it cannot be written
         */
        void write(Path file);
    }

    /**
     * Writes {@code chart} as a PNG of {@code width} x {@code height} pixels.
     *
     * @throws WorkbenchException naming the file when it cannot be written
     */
    public static void png(JFreeChart chart, Path file, int width, int height) {
        renderPng(chart, file, width, height).write(file);
    }

    /**
     * Writes {@code chart} as an SVG document of {@code width} x {@code height} user units.
     *
     * @throws WorkbenchException naming the file when it cannot be written
     */
    public static void svg(JFreeChart chart, Path file, int width, int height) {
        renderSvg(chart, file, width, height).write(file);
    }

    /**
     * Draws {@code chart} as PNG pixels now (on the thread that owns the chart); the returned
     * image does the file work.
     *
     * @param file named in the message when the size is not positive
     */
    public static Image renderPng(JFreeChart chart, Path file, int width, int height) {
        checkSize(file, width, height);
        BufferedImage pixels = chart.createBufferedImage(width, height);
        return target -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
                ChartUtils.writeBufferedImageAsPNG(out, pixels);
            } catch (IOException e) {
                throw new WorkbenchException(target + ": cannot write the PNG (" + e.getMessage() + ")", e);
            }
        };
    }

    /** Draws {@code chart} as an SVG document now; the returned image does the file work. */
    public static Image renderSvg(JFreeChart chart, Path file, int width, int height) {
        checkSize(file, width, height);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        String document = g2.getSVGDocument();
        return target -> {
            try {
                Files.writeString(target, document, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new WorkbenchException(target + ": cannot write the SVG (" + e.getMessage() + ")", e);
            }
        };
    }

    private static void checkSize(Path file, int width, int height) {
        if (width < 1 || height < 1) {
            throw new WorkbenchException(file + ": image size must be positive, got " + width + " x " + height);
        }
    }
}

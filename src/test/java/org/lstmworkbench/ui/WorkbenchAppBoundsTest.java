package org.lstmworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window's first size and place: on the screen, whatever its size (no window manager moves it). */
class WorkbenchAppBoundsTest {

    @Test
    void onA1280x800ScreenTheWindowFillsItFromTheTopLeftCorner() {
        Rectangle2D bounds = WorkbenchApp.initialBounds(new Rectangle2D(0, 0, 1280, 800));
        assertThat(bounds).isEqualTo(new Rectangle2D(0, 0, 1280, 800));
    }

    @Test
    void onA1024x700ScreenBelowAPanelTheWindowStaysInsideTheUsableArea() {
        Rectangle2D screen = new Rectangle2D(0, 28, 1024, 672);
        Rectangle2D bounds = WorkbenchApp.initialBounds(screen);
        assertThat(bounds.getMinX()).isEqualTo(0);
        assertThat(bounds.getMinY()).isEqualTo(28);
        assertThat(bounds.getWidth()).isEqualTo(1024);
        assertThat(bounds.getHeight()).isEqualTo(672);
    }

    @Test
    void onALargeScreenTheWindowKeeps1440x900Centred() {
        Rectangle2D bounds = WorkbenchApp.initialBounds(new Rectangle2D(0, 0, 1920, 1080));
        assertThat(bounds).isEqualTo(new Rectangle2D(240, 90, 1440, 900));
    }
}

package org.lstmworkbench.ui.chart;

/**
 * The colours runs are drawn in: Tableau 10 (designed to stay distinguishable for the common
 * forms of colour blindness and on white), then the same ten darker, then lighter, so indexes
 * 0..29 are all distinct; beyond that the cycle repeats.
 */
public final class RunColours {

    private static final int[] TABLEAU_10 = {
        0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F,
        0xEDC948, 0xB07AA1, 0xFF9DA7, 0x9C755F, 0xBAB0AC
    };

    /** How many distinct colours {@link #awt(int)} gives before repeating. */
    public static final int DISTINCT = TABLEAU_10.length * 3;

    private RunColours() {
    }

    /** The colour of run {@code index} (any non-negative index) for JFreeChart and Java2D. */
    public static java.awt.Color awt(int index) {
        int[] rgb = rgb(index);
        return new java.awt.Color(rgb[0], rgb[1], rgb[2]);
    }

    /** The same colour as {@link #awt(int)} for JavaFX controls (run list swatches). */
    public static javafx.scene.paint.Color fx(int index) {
        int[] rgb = rgb(index);
        return javafx.scene.paint.Color.rgb(rgb[0], rgb[1], rgb[2]);
    }

    /** A translucent version of {@code colour}, for faint raw points and shaded areas. */
    static java.awt.Color withAlpha(java.awt.Color colour, int alpha) {
        return new java.awt.Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }

    private static int[] rgb(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("colour index must be >= 0, got " + index);
        }
        int base = TABLEAU_10[index % TABLEAU_10.length];
        int r = (base >> 16) & 0xFF;
        int g = (base >> 8) & 0xFF;
        int b = base & 0xFF;
        switch ((index / TABLEAU_10.length) % 3) {
            case 1 -> {
                // darker: distinct from the base yet still the same hue family
                r = r * 62 / 100;
                g = g * 62 / 100;
                b = b * 62 / 100;
            }
            case 2 -> {
                // lighter: halfway to white would be too pale on a white plot, so a third
                r = r + (255 - r) / 3;
                g = g + (255 - g) / 3;
                b = b + (255 - b) / 3;
            }
            default -> {
            }
        }
        return new int[] {r, g, b};
    }
}

package org.lstmworkbench.experiment;

/**
 * What the seed (the chapter this tool follows) printed for its grid searches, kept so the
 * {@code demo} command can show it next to what we measure: the five final validation losses
 * per value (sections 8.4.2 memory cells and 8.5.3 batch size, Keras, 500 epochs) and the
 * {@code describe()} tables pandas printed from them.
 */
public final class SeedReference {

    /** Final validation losses for 1, 5 and 10 cells, five repeats each (section 8.4.2). */
    public static final double[][] CELLS_LOSSES = {
        {0.187934, 0.169736, 0.294507, 0.105454, 0.220867},
        {0.056324, 0.103125, 0.051873, 0.100868, 0.070574},
        {0.023056, 0.006242, 0.041770, 0.067101, 0.006736}};

    /** The seed's table for the cells grid, as printed. */
    public static final String CELLS_TABLE = """
                          1         5        10
            count  5.000000  5.000000  5.000000
            mean   0.195700  0.076553  0.028981
            std    0.069417  0.024245  0.025806
            min    0.105454  0.051873  0.006242
            25%    0.169736  0.056324  0.006736
            50%    0.187934  0.070574  0.023056
            75%    0.220867  0.100868  0.041770
            max    0.294507  0.103125  0.067101
            """;

    /** Final validation losses for batch sizes 1, 2 and 3, five repeats each (section 8.5.3). */
    public static final double[][] BATCH_SIZE_LOSSES = {
        {0.001113, 0.003881, 0.001901, 0.001382, 0.001783},
        {0.000973, 0.000061, 0.001475, 0.000625, 0.001681},
        {0.002114, 0.001060, 0.000025, 0.004496, 0.001244}};

    /** The seed's table for the batch-size grid, as printed. */
    public static final String BATCH_SIZE_TABLE = """
                          1         2         3
            count  5.000000  5.000000  5.000000
            mean   0.002012  0.000963  0.001788
            std    0.001091  0.000653  0.001686
            min    0.001113  0.000061  0.000025
            25%    0.001382  0.000625  0.001060
            50%    0.001783  0.000973  0.001244
            75%    0.001901  0.001475  0.002114
            max    0.003881  0.001681  0.004496
            """;

    private SeedReference() {
    }
}

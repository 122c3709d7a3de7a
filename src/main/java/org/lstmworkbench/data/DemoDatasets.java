package org.lstmworkbench.data;

import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Datasets generated in code, so the workbench works with no file at hand. Each is
 * addressed as {@code demo:NAME} and is the same on every call (fixed seeds):
 * <ul>
 *   <li>{@code seed-sequence}: 0.0, 0.1, ..., 1.0 (11 values, each exactly the double
 *       literal), the seed's Keras example;</li>
 *   <li>{@code sine}: 400 points of {@code sin(2 pi t / 50)} plus normal noise, sd 0.1;</li>
 *   <li>{@code seasonal}: 144 monthly points (labels {@code 1949-01} ..
 *       {@code 1960-12}) of a rising trend times a period-12 seasonality, with
 *       multiplicative noise, like the airline passengers.</li>
 * </ul>
 */
public final class DemoDatasets {

    /** Prefix of demo sources. */
    public static final String PREFIX = "demo:";
    /** The single numeric column of every demo. */
    public static final String COLUMN = "value";

    private static final List<String> NAMES = List.of("seed-sequence", "sine", "seasonal");

    private DemoDatasets() {
    }

    /** Demo names without the prefix. */
    public static List<String> names() {
        return NAMES;
    }

    /** Demo sources with the prefix, e.g. {@code demo:sine}. */
    public static List<String> sources() {
        return NAMES.stream().map(n -> PREFIX + n).toList();
    }

    /**
     * The table of a demo, by {@code demo:NAME} or plain {@code NAME}.
     *
     * @throws DataException for an unknown name, listing the valid ones
     */
    public static DataTable load(String name) {
        String bare = bare(name);
        return switch (bare) {
            case "seed-sequence" -> table(bare, List.of(), IntStream.rangeClosed(0, 10).mapToDouble(i -> i / 10.0).toArray());
            case "sine" -> sine();
            case "seasonal" -> seasonal();
            default -> throw unknown(name);
        };
    }

    /**
     * The spec a demo is meant to be fitted with. {@code seed-sequence}: lags 1, horizon 1,
     * no transform, explicit split 5/5/0 (x 0.0-0.4 train, x 0.5-0.9 validate, as the
     * seed's script); {@code sine}: lags 25, min-max to [-1, 1], chronological
     * 0.7/0.15/0.15; {@code seasonal}: lags 12, log, seasonal difference 12, difference 1,
     * min-max to [0, 1], chronological 0.7/0.15/0.15.
     */
    public static DatasetSpec recommendedSpec(String name) {
        String bare = bare(name);
        DatasetSpec.Builder builder = DatasetSpec.builder(PREFIX + bare).targetColumn(COLUMN);
        return switch (bare) {
            case "seed-sequence" -> builder.split(new SplitSpec.Explicit(5, 5, 0)).build();
            case "sine" -> builder.lags(25)
                    .transform(TransformSpec.scaled(TransformSpec.Scaling.MIN_MAX_SYMMETRIC)).build();
            case "seasonal" -> builder.lags(12).transform(TransformSpec.none().withLog()
                    .withSeasonalDifference(12).withDifference(1).withScaling(TransformSpec.Scaling.MIN_MAX)).build();
            default -> throw unknown(name);
        };
    }

    private static DataTable sine() {
        Random random = new Random(50);
        double[] values = IntStream.range(0, 400)
                .mapToDouble(t -> Math.sin(2 * Math.PI * t / 50) + 0.1 * random.nextGaussian()).toArray();
        return table("sine", List.of(), values);
    }

    private static DataTable seasonal() {
        Random random = new Random(1949);
        double[] values = IntStream.range(0, 144)
                .mapToDouble(t -> (110 + 2.5 * t) * (1 + 0.2 * Math.sin(2 * Math.PI * t / 12))
                        * Math.exp(0.03 * random.nextGaussian())).toArray();
        List<String> labels = IntStream.range(0, 144)
                .mapToObj(t -> YearMonth.of(1949, 1).plusMonths(t).toString()).toList();
        return table("seasonal", labels, values);
    }

    private static DataTable table(String bare, List<String> labels, double[] values) {
        return DataTable.of(PREFIX + bare, labels, List.of(COLUMN), List.of(values));
    }

    private static String bare(String name) {
        return name != null && name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : String.valueOf(name);
    }

    private static DataException unknown(String name) {
        return new DataException("unknown demo dataset \"" + name + "\"; valid: " + String.join(", ", sources()));
    }
}

package org.lstmworkbench.data.sequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.lstmworkbench.data.DataException;

/**
 * Classification datasets generated in code, addressed as {@code demo:NAME}; the same on every
 * call with the same seed ({@link #DEFAULT_SEED} through {@link #load(String)}):
 * <ul>
 *   <li>{@code control-charts}: the six synthetic control-chart classes of Alcock and Manolopoulos
 *       (1999), the UCI "Synthetic Control Chart Time Series" set, regenerated from its formulas
 *       (see {@link #controlCharts(long)}); 600 sequences of 60 steps, 100 per class;</li>
 *   <li>{@code rising-falling}: a teaching set a small LSTM goes from chance to perfect on in a
 *       few dozen epochs (see {@link #risingFalling(long)}).</li>
 * </ul>
 */
public final class SequenceDemos {

    /** Prefix of demo sources. */
    public static final String PREFIX = "demo:";
    /** The seed {@link #load(String)} uses. */
    public static final long DEFAULT_SEED = 1999;
    /** The control-chart classes in generation order (the UCI file's order, 100 rows each). */
    public static final List<String> CONTROL_CHART_CLASSES = List.of("normal", "cyclic", "increasing-trend",
            "decreasing-trend", "upward-shift", "downward-shift");
    /** Length of every control chart. */
    public static final int CONTROL_CHART_LENGTH = 60;
    /** Control charts per class. */
    public static final int CONTROL_CHARTS_PER_CLASS = 100;

    private static final List<String> NAMES = List.of("control-charts", "rising-falling");

    private SequenceDemos() {
    }

    /** Demo names without the prefix. */
    public static List<String> names() {
        return NAMES;
    }

    /** Demo sources with the prefix, e.g. {@code demo:control-charts}. */
    public static List<String> sources() {
        return NAMES.stream().map(n -> PREFIX + n).toList();
    }

    /** Whether a source names a demo ({@code demo:} prefix); {@link #load} says whether it exists. */
    public static boolean isDemo(String source) {
        return source != null && source.startsWith(PREFIX);
    }

    /**
     * A demo by {@code demo:NAME} or plain {@code NAME}, with {@link #DEFAULT_SEED}.
     *
     * @throws DataException for an unknown name, listing the valid ones
     */
    public static SequenceDataset load(String name) {
        String bare = name != null && name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : String.valueOf(name);
        return switch (bare) {
            case "control-charts" -> controlCharts(DEFAULT_SEED);
            case "rising-falling" -> risingFalling(DEFAULT_SEED);
            default -> throw new DataException("unknown classification demo \"" + name + "\"; valid: "
                    + String.join(", ", sources()));
        };
    }

    /**
     * The synthetic control charts, by the generator of Alcock and Manolopoulos (1999) as the UCI
     * description gives it, for t = 1..60 with {@code m = 30}, {@code s = 2} and {@code r} drawn
     * uniformly from [-3, 3] at every step:
     * <ul>
     *   <li>normal: {@code y(t) = m + r s};</li>
     *   <li>cyclic: {@code y(t) = m + r s + a sin(2 pi t / T)}, a and T uniform in [10, 15] per chart;</li>
     *   <li>increasing / decreasing trend: {@code y(t) = m + r s +/- g t}, g uniform in [0.2, 0.5];</li>
     *   <li>upward / downward shift: {@code y(t) = m + r s +/- k x}, x uniform in [7.5, 20], k = 1
     *       from step t3 on and 0 before, t3 an integer uniform in [n/3, 2n/3] = [20, 40].</li>
     * </ul>
     * Sequences are named 1..600 in the UCI file's order (100 per class in
     * {@link #CONTROL_CHART_CLASSES} order); the feature is {@code value}.
     */
    public static SequenceDataset controlCharts(long seed) {
        Random random = new Random(seed);
        List<Sequence> sequences = new ArrayList<>();
        int n = CONTROL_CHART_LENGTH;
        for (int c = 0; c < CONTROL_CHART_CLASSES.size(); c++) {
            for (int j = 0; j < CONTROL_CHARTS_PER_CLASS; j++) {
                double[] y = controlChart(c, n, random);
                sequences.add(Sequence.univariate(Integer.toString(sequences.size() + 1), CONTROL_CHART_CLASSES.get(c),
                        y));
            }
        }
        return new SequenceDataset(PREFIX + "control-charts", List.of(WideReader.FEATURE), sequences);
    }

    private static double[] controlChart(int kind, int n, Random random) {
        double a = uniform(random, 10, 15);
        double period = uniform(random, 10, 15);
        double g = uniform(random, 0.2, 0.5);
        double x = uniform(random, 7.5, 20);
        int t3 = n / 3 + random.nextInt(2 * n / 3 - n / 3 + 1);
        double[] y = new double[n];
        for (int t = 1; t <= n; t++) {
            double value = 30 + uniform(random, -3, 3) * 2;
            int k = t >= t3 ? 1 : 0;
            value += switch (kind) {
                case 0 -> 0;
                case 1 -> a * Math.sin(2 * Math.PI * t / period);
                case 2 -> g * t;
                case 3 -> -g * t;
                case 4 -> k * x;
                case 5 -> -k * x;
                default -> throw new AssertionError(kind);
            };
            y[t - 1] = value;
        }
        return y;
    }

    /**
     * The teaching demo: 100 sequences of 5 to 10 steps (so batches are padded and masked), half
     * {@code rising}, half {@code falling}, alternating: {@code y(t) = b + d v t + e} for t = 0..L-1
     * with start b uniform in [-0.5, 0.5], speed v uniform in [0.1, 0.2], d = +1 or -1, and normal
     * noise e of sd 0.05. The classes are told apart by the direction alone: an LSTM(8) with Adam
     * (learning rate 0.02, batches of 16) classifies every validation sequence of a stratified
     * 0.8/0.2 split after 40 epochs, starting from a loss near ln 2 (on average over seeds).
     */
    public static SequenceDataset risingFalling(long seed) {
        Random random = new Random(seed);
        List<Sequence> sequences = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            boolean rising = i % 2 == 0;
            int length = 5 + random.nextInt(6);
            double start = uniform(random, -0.5, 0.5);
            double speed = uniform(random, 0.1, 0.2) * (rising ? 1 : -1);
            double[] y = new double[length];
            for (int t = 0; t < length; t++) {
                y[t] = start + speed * t + 0.05 * random.nextGaussian();
            }
            sequences.add(Sequence.univariate(Integer.toString(i + 1), rising ? "rising" : "falling", y));
        }
        return new SequenceDataset(PREFIX + "rising-falling", List.of(WideReader.FEATURE), sequences);
    }

    private static double uniform(Random random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }
}

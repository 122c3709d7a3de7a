package org.lstmworkbench.forecast;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a regression run's model predicts for every sample of its data, kept with the run (and in
 * the workspace) so the forecast view needs neither the network nor the data again.
 *
 * <p>Steps: a path forecast (many-to-one or one-to-many with horizon H) has H steps ahead from
 * one origin; a many-to-many sample has one output per window time step, each one step ahead of
 * the value observed before it ({@link #stepwise()}); other runs have one step.
 *
 * @param target      the forecast column
 * @param steps       outputs per sample
 * @param stepwise    whether the outputs are a many-to-many window's one-step forecasts, not steps ahead
 * @param labelOffset series index of {@code labels.get(0)}
 * @param labels      the time labels of the series from {@code labelOffset} on (empty when the data has none)
 * @param parts       the parts the data has, in the order train, validation, test
 */
public record RunForecast(String target, int steps, boolean stepwise, int labelOffset, List<String> labels,
                          List<PartForecast> parts) {

    /** The training part's name. */
    public static final String TRAIN = "train";
    /** The validation part's name. */
    public static final String VALIDATION = "validation";
    /** The test part's name. */
    public static final String TEST = "test";
    /** Every part name, in series order. */
    public static final List<String> PART_NAMES = List.of(TRAIN, VALIDATION, TEST);

    public RunForecast {
        Objects.requireNonNull(target, "target");
        if (steps < 1) {
            throw new IllegalArgumentException("a forecast needs at least 1 step, got " + steps);
        }
        labels = labels == null ? List.of() : List.copyOf(labels);
        parts = List.copyOf(parts);
        for (PartForecast p : parts) {
            if (p.samples() > 0 && p.actual()[0].length != steps) {
                throw new IllegalArgumentException(p.part() + " has " + p.actual()[0].length + " steps, not " + steps);
            }
        }
    }

    /** The part with this name, if the run's data has it with at least one sample. */
    public Optional<PartForecast> part(String name) {
        return parts.stream().filter(p -> p.part().equals(name) && p.samples() > 0).findFirst();
    }

    /** The time label of series index {@code index}; empty when the data has no labels there. */
    public String label(int index) {
        int k = index - labelOffset;
        return k >= 0 && k < labels.size() ? labels.get(k) : "";
    }

    /** The model's errors on a part over every sample and step (what {@code test_rmse} measures). */
    public Optional<ForecastErrors> errors(String part) {
        return part(part).map(p -> ForecastErrors.of(flat(p.predicted()), flat(p.actual())));
    }

    /** The model's errors on a part at 0-based {@code step}. */
    public Optional<ForecastErrors> errors(String part, int step) {
        checkStep(step);
        return part(part).map(p -> ForecastErrors.of(p.predictedAt(step), p.actualAt(step)));
    }

    /** The persistence forecast's errors on a part over every sample and step. */
    public Optional<ForecastErrors> persistenceErrors(String part) {
        return part(part).map(p -> ForecastErrors.of(flat(p.persistence()), flat(p.actual())));
    }

    /** The persistence forecast's errors on a part at 0-based {@code step}. */
    public Optional<ForecastErrors> persistenceErrors(String part, int step) {
        checkStep(step);
        return part(part).map(p -> ForecastErrors.of(p.persistenceAt(step), p.actualAt(step)));
    }

    /** How step {@code s} (0-based) reads for a person: {@code t+3}, or {@code window step 3} for many-to-many. */
    public String stepName(int step) {
        checkStep(step);
        return stepwise ? "window step " + (step + 1) : "t+" + (step + 1);
    }

    private void checkStep(int step) {
        if (step < 0 || step >= steps) {
            throw new IllegalArgumentException("step " + step + " outside 0.." + (steps - 1));
        }
    }

    private static double[] flat(double[][] values) {
        return Arrays.stream(values).flatMapToDouble(Arrays::stream).toArray();
    }
}

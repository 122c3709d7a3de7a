package org.lstmworkbench.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * RMSE by step ahead, in the target's original units, of one part of one or more forecasts of the
 * same data (for example an encoder-decoder and the direct many-to-one model on the same
 * horizon), beside the persistence forecast on the same targets.
 */
public final class StepComparison {

    /** One step ahead of one forecast: its name ({@code t+3}), the model's RMSE and persistence's. */
    public record StepRmse(String step, double rmse, double persistenceRmse) {
        /** The model's RMSE over persistence's: below 1 when the model is better at this step. */
        public double ratio() {
            return rmse / persistenceRmse;
        }
    }

    private StepComparison() {
    }

    /**
     * The RMSE of every step ahead of {@code forecast} on {@code part}, one entry per step (H for a
     * horizon of H); empty when the forecast has no such part.
     */
    public static List<StepRmse> byStep(RunForecast forecast, String part) {
        List<StepRmse> steps = new ArrayList<>();
        if (forecast.part(part).isEmpty()) {
            return steps;
        }
        for (int s = 0; s < forecast.steps(); s++) {
            steps.add(new StepRmse(forecast.stepName(s), forecast.errors(part, s).orElseThrow().rmse(),
                    forecast.persistenceErrors(part, s).orElseThrow().rmse()));
        }
        return steps;
    }

    /**
     * One line: {@code validation RMSE by step (original units): t+1 12.3 (persistence 20.1), ...};
     * empty when the forecast has no such part.
     */
    public static String describe(RunForecast forecast, String part) {
        List<StepRmse> steps = byStep(forecast, part);
        if (steps.isEmpty()) {
            return "";
        }
        List<String> cells = steps.stream().map(s -> String.format(Locale.ROOT, "%s %.4g (persistence %.4g)",
                s.step(), s.rmse(), s.persistenceRmse())).toList();
        return part + " RMSE by step (original units): " + String.join(", ", cells);
    }

    /**
     * A table of the RMSE by step of several forecasts of the same targets on {@code part}: a
     * header line ({@code step}, each forecast's name, {@code persistence}), one line per step and
     * a last line with each forecast's mean ratio to persistence over the steps.
     *
     * @param forecasts name to forecast, in column order
     * @throws IllegalArgumentException when the forecasts' targets on {@code part} differ (not the same data)
     */
    public static List<String> table(String part, Map<String, RunForecast> forecasts) {
        Map<String, List<StepRmse>> columns = new LinkedHashMap<>();
        double[][] actual = null;
        for (Map.Entry<String, RunForecast> e : forecasts.entrySet()) {
            PartForecast p = e.getValue().part(part).orElseThrow(() ->
                    new IllegalArgumentException(e.getKey() + " has no " + part + " part"));
            if (actual != null && !Arrays.deepEquals(actual, p.actual())) {
                throw new IllegalArgumentException(e.getKey() + " forecasts other " + part + " targets than "
                        + columns.keySet().iterator().next() + ": not the same data and horizon");
            }
            actual = p.actual();
            columns.put(e.getKey(), byStep(e.getValue(), part));
        }
        List<String> lines = new ArrayList<>();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-6s", "step"));
        columns.keySet().forEach(name -> header.append(String.format(Locale.ROOT, " %14s", name)));
        lines.add(header.append(String.format(Locale.ROOT, " %14s", "persistence")).toString());
        List<StepRmse> first = columns.values().iterator().next();
        for (int s = 0; s < first.size(); s++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-6s", first.get(s).step()));
            for (List<StepRmse> c : columns.values()) {
                row.append(String.format(Locale.ROOT, " %14.4g", c.get(s).rmse()));
            }
            lines.add(row.append(String.format(Locale.ROOT, " %14.4g", first.get(s).persistenceRmse())).toString());
        }
        StringBuilder ratios = new StringBuilder(String.format(Locale.ROOT, "%-6s", "ratio"));
        for (List<StepRmse> c : columns.values()) {
            ratios.append(String.format(Locale.ROOT, " %14.3f", meanRatio(c)));
        }
        lines.add(ratios.append(String.format(Locale.ROOT, " %14.3f", 1.0)).toString());
        return lines;
    }

    /** The mean over the steps of the model's RMSE over persistence's. */
    public static double meanRatio(List<StepRmse> steps) {
        return steps.stream().mapToDouble(StepRmse::ratio).average().orElse(Double.NaN);
    }
}

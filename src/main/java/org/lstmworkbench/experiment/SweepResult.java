package org.lstmworkbench.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lstmworkbench.metrics.Describe;

/**
 * The runs of an experiment and the tables read from them: pandas-style {@code describe()} per
 * point, the repeats-convergence series (seed 8.1.5) and the best point with its uncertainty.
 * Runs are held sorted by point and repeat, so the tables do not depend on the order runs
 * finished in (parallel, resumed or not).
 *
 * @param experiment the experiment
 * @param runs       finished runs, sorted by point index then repeat
 */
public record SweepResult(Experiment experiment, List<RunRecord> runs) {

    public SweepResult {
        List<RunRecord> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingInt((RunRecord r) -> r.point().index()).thenComparingInt(RunRecord::repeat));
        runs = List.copyOf(sorted);
    }

    /** Whether every run of the experiment is here. */
    public boolean complete() {
        return runs.size() == experiment.size();
    }

    /** The points that have at least one run, in sweep order. */
    public List<SweepPoint> points() {
        return runs.stream().map(RunRecord::point).distinct().toList();
    }

    /** The runs of one point, by repeat. */
    public List<RunRecord> runsOf(SweepPoint point) {
        return runs.stream().filter(r -> r.point().index() == point.index()).toList();
    }

    /** The metric's values of one point's runs, by repeat (NaN for diverged runs). */
    public double[] values(SweepPoint point, SweepMetric metric) {
        return runsOf(point).stream().mapToDouble(metric::of).toArray();
    }

    /** {@code describe()} of the metric per point, keyed by the point's column label, in sweep order. */
    public Map<String, Describe> describe(SweepMetric metric) {
        Map<String, Describe> table = new LinkedHashMap<>();
        for (SweepPoint p : points()) {
            table.put(p.label(), Describe.of(values(p, metric)));
        }
        return table;
    }

    /** The metric's describe() table printed as pandas prints {@code DataFrame.describe()}. */
    /** The default summary number of this sweep: the final value of the metric its runs monitor. */
    public SweepMetric primaryMetric() {
        return experiment.metrics().get(0);
    }

    public String describeTable(SweepMetric metric) {
        return Describe.format(describe(metric));
    }

    /**
     * Running mean and standard error of the mean of one point's metric against the number of
     * repeats (1..n, in repeat order, diverged runs skipped), to see when more repeats stop
     * changing the answer.
     */
    public List<ConvergencePoint> convergence(SweepPoint point, SweepMetric metric) {
        List<ConvergencePoint> series = new ArrayList<>();
        List<Double> seen = new ArrayList<>();
        for (double v : values(point, metric)) {
            if (Double.isNaN(v)) {
                continue;
            }
            seen.add(v);
            Describe d = Describe.of(seen.stream().mapToDouble(Double::doubleValue).toArray());
            series.add(new ConvergencePoint(seen.size(), d.mean(), d.std() / Math.sqrt(seen.size())));
        }
        return series;
    }

    /**
     * The point with the best mean of the metric (lowest, or highest for a metric where higher
     * is better, such as accuracy), compared with the runner-up (see
     * {@link BestPoint}); empty when no point has a usable run.
     */
    public Optional<BestPoint> best(SweepMetric metric) {
        Comparator<SweepPoint> byMean = Comparator.comparingDouble(p -> Describe.of(values(p, metric)).mean());
        List<SweepPoint> ranked = points().stream()
                .filter(p -> Describe.of(values(p, metric)).count() > 0)
                .sorted(metric.higherIsBetter() ? byMean.reversed() : byMean)
                .toList();
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        SweepPoint best = ranked.get(0);
        SweepPoint second = ranked.size() > 1 ? ranked.get(1) : null;
        return Optional.of(BestPoint.compare(metric, best, values(best, metric),
                second, second == null ? null : values(second, metric)));
    }
}

package org.lstmworkbench.experiment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.lstmworkbench.Problem;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.model.ModelConfigJson;

/**
 * The sweep of an experiment: its parameters and how points are formed from them. Grid search
 * takes every combination of the parameters' value lists (the first parameter varies slowest);
 * random search draws {@code samples} points, each parameter independently: a value list
 * uniformly, a range uniformly or log-uniformly (integer parameters rounded to the nearest whole
 * number). The draw is seeded, so the same sweep gives the same points.
 *
 * @param params     swept parameters, distinct names; may be empty (plain repeats of the base)
 * @param random     random search instead of a grid
 * @param samples    points drawn by random search; ignored (0) for a grid
 * @param drawSeed   seed of the random draw
 */
public record SweepSpec(List<SweepParam> params, boolean random, int samples, long drawSeed) {

    /**
     * Most points a sweep may have: each point is at least one trained run, so more is a typo
     * or a grid that would never end (10 parameters of 10 values are 10^10 points, and listing
     * them alone exhausted the memory).
     */
    public static final int MAX_POINTS = 10_000;

    public SweepSpec {
        params = params == null ? List.of() : List.copyOf(params);
        HashSet<String> names = new HashSet<>();
        for (SweepParam p : params) {
            if (!names.add(p.name())) {
                throw new WorkbenchException("parameter " + p.name() + " is swept twice");
            }
            if (!random && p.domain() != SweepParam.Domain.VALUES) {
                throw new WorkbenchException("parameter " + p.name() + " is a range: a grid needs value lists "
                        + "(use random search for ranges)");
            }
        }
        if (random && samples < 1) {
            throw new WorkbenchException("random search needs at least 1 sample, got " + samples);
        }
        if (!random) {
            samples = 0;
        }
        long count = random ? samples : gridCount(params);
        if (count > MAX_POINTS) {
            throw new WorkbenchException("the sweep has " + (count == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE
                    : String.valueOf(count)) + " points, above the limit of " + MAX_POINTS
                    + (random ? "; draw fewer samples" : "; sweep fewer parameters or values"));
        }
    }

    /** The grid's number of points in long arithmetic, {@link Long#MAX_VALUE} if even that overflows. */
    private static long gridCount(List<SweepParam> params) {
        long n = 1;
        for (SweepParam p : params) {
            if (p.domain() != SweepParam.Domain.VALUES) {
                continue;
            }
            try {
                n = Math.multiplyExact(n, (long) p.values().size());
            } catch (ArithmeticException overflow) {
                return Long.MAX_VALUE;
            }
        }
        return n;
    }

    /** A grid over the parameters' value lists. */
    public static SweepSpec grid(List<SweepParam> params) {
        return new SweepSpec(params, false, 0, 0);
    }

    /** {@code samples} random points drawn with {@code drawSeed}. */
    public static SweepSpec random(List<SweepParam> params, int samples, long drawSeed) {
        return new SweepSpec(params, true, samples, drawSeed);
    }

    /** The points, in a fixed order (the same every call). */
    public List<SweepPoint> points() {
        return random ? randomPoints() : gridPoints();
    }

    private List<SweepPoint> gridPoints() {
        List<Map<String, String>> combos = new ArrayList<>();
        combos.add(new LinkedHashMap<>());
        for (SweepParam p : params) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> c : combos) {
                for (String v : p.values()) {
                    Map<String, String> m = new LinkedHashMap<>(c);
                    m.put(p.name(), v);
                    next.add(m);
                }
            }
            combos = next;
        }
        List<SweepPoint> points = new ArrayList<>();
        for (int i = 0; i < combos.size(); i++) {
            points.add(new SweepPoint(i, combos.get(i)));
        }
        return points;
    }

    private List<SweepPoint> randomPoints() {
        SplittableRandom rng = new SplittableRandom(drawSeed);
        List<SweepPoint> points = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            Map<String, String> m = new LinkedHashMap<>();
            for (SweepParam p : params) {
                m.put(p.name(), draw(p, rng));
            }
            points.add(new SweepPoint(i, m));
        }
        return points;
    }

    private static String draw(SweepParam p, SplittableRandom rng) {
        double u = rng.nextDouble();
        return switch (p.domain()) {
            case VALUES -> p.values().get(Math.min(p.values().size() - 1, (int) (u * p.values().size())));
            case UNIFORM -> number(p, p.low() + u * (p.high() - p.low()));
            case LOG_UNIFORM -> number(p, Math.exp(Math.log(p.low()) + u * (Math.log(p.high()) - Math.log(p.low()))));
        };
    }

    private static String number(SweepParam p, double x) {
        double clamped = Math.min(p.high(), Math.max(p.low(), x));
        if (Parameters.isInteger(p.name())) {
            return Long.toString(Math.round(clamped));
        }
        return Double.toString(clamped);
    }

    /**
     * The line of the named parameter: its position among the parameters, 1 for the first (the
     * n-th {@code --param}, the n-th parameter line of the window); 0 when it is not swept.
     */
    public int line(String name) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(name)) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * A problem of a point's configuration as the user reads it, naming the swept parameter that
     * set the field ({@code sweep parameter units (line 2): cells in layer 1 must be at least 1,
     * was 0}); a problem of a field no parameter sets is its message alone. {@code layers} sets
     * the cells of every layer when {@code units} is not swept.
     */
    public String describe(Problem problem) {
        String name = parameterOf(problem);
        int line = line(name);
        return line == 0 ? problem.message()
                : "sweep parameter " + name + " (line " + line + "): " + problem.message();
    }

    /** Whether a swept parameter sets the field a problem is about (so each point has its own value). */
    public boolean sets(Problem problem) {
        return line(parameterOf(problem)) != 0;
    }

    /** The parameter that would set the problem's field: {@code layers} for cells when {@code units} is not swept. */
    private String parameterOf(Problem problem) {
        String name = ModelConfigJson.flatName(problem.path());
        return name.equals("units") && line(name) == 0 ? "layers" : name;
    }

    /** Number of points. */
    public int size() {
        if (random) {
            return samples;
        }
        int n = 1;
        for (SweepParam p : params) {
            n = Math.multiplyExact(n, p.values().size());
        }
        return n;
    }
}

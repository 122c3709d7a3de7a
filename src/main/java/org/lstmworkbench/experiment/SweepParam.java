package org.lstmworkbench.experiment;

import java.util.List;
import org.lstmworkbench.WorkbenchException;

/**
 * One swept parameter: a list of values (grid search, or random choice), or a numeric range
 * sampled by random search (uniform, or log-uniform for learning rates and penalties).
 * Values are kept as text and parsed when applied (see {@link Parameters}), so any field of
 * {@code ModelConfig} can be swept without a type per field.
 *
 * @param name   parameter name: a {@code ModelConfig} field, {@code layers}, or a data setting (see {@link Parameters#NAMES})
 * @param domain how values are given
 * @param values the values, for {@link Domain#VALUES}; empty otherwise
 * @param low    lower bound of a range (inclusive); NaN for values
 * @param high   upper bound of a range (inclusive); NaN for values
 */
public record SweepParam(String name, Domain domain, List<String> values, double low, double high) {

    /** How a parameter's values are given. */
    public enum Domain {
        /** An explicit list. */
        VALUES,
        /** Uniform between low and high (rounded for integer parameters). */
        UNIFORM,
        /** Log-uniform between low and high (both above 0). */
        LOG_UNIFORM
    }

    public SweepParam {
        if (name == null || name.isBlank()) {
            throw new WorkbenchException("a swept parameter needs a name, got \"" + name + "\"");
        }
        if (domain == null) {
            throw new WorkbenchException("parameter " + name + ": domain is missing");
        }
        values = values == null ? List.of() : List.copyOf(values);
        if (domain == Domain.VALUES) {
            if (values.isEmpty()) {
                throw new WorkbenchException("parameter " + name + " needs at least one value");
            }
            if (values.stream().anyMatch(v -> v == null || v.isBlank())) {
                throw new WorkbenchException("parameter " + name + " has an empty value in " + values);
            }
        } else {
            if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
                throw new WorkbenchException("parameter " + name + ": range must be LOW..HIGH with LOW <= HIGH, got "
                        + low + ".." + high);
            }
            if (domain == Domain.LOG_UNIFORM && !(low > 0)) {
                throw new WorkbenchException("parameter " + name + ": a log-uniform range needs LOW > 0, got " + low);
            }
        }
    }

    /** A parameter with an explicit list of values. */
    public static SweepParam values(String name, List<String> values) {
        return new SweepParam(name, Domain.VALUES, values, Double.NaN, Double.NaN);
    }

    /** A uniform ({@code log=false}) or log-uniform range, for random search. */
    public static SweepParam range(String name, double low, double high, boolean log) {
        return new SweepParam(name, log ? Domain.LOG_UNIFORM : Domain.UNIFORM, List.of(), low, high);
    }

    /**
     * Parses the command-line form: {@code NAME=V1,V2,V3} (values), {@code NAME=LOW..HIGH}
     * (uniform range) or {@code NAME=log:LOW..HIGH} (log-uniform range).
     */
    public static SweepParam parse(String text) {
        return parse(text, "--param ");
    }

    /**
     * As {@link #parse}, for a line of the window's parameter text: messages do not name the
     * command-line option ({@code units: range bound "x" is not a number}).
     */
    public static SweepParam parseLine(String text) {
        return parse(text, "");
    }

    /** {@code option} ({@code "--param "} or empty) starts every message. */
    private static SweepParam parse(String text, String option) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new WorkbenchException(option + "must be NAME=V1,V2 or NAME=LOW..HIGH or NAME=log:LOW..HIGH, not \""
                    + text + "\"");
        }
        String name = text.substring(0, eq).trim();
        String spec = text.substring(eq + 1).trim();
        boolean log = spec.startsWith("log:");
        String body = log ? spec.substring(4) : spec;
        int dots = body.indexOf("..");
        if (dots < 0) {
            if (log) {
                throw new WorkbenchException(option + name + ": log: needs a range LOW..HIGH, not \"" + body + "\"");
            }
            return values(name, List.of(body.split(",", -1)).stream().map(String::trim).toList());
        }
        return range(name, number(option, name, body.substring(0, dots)), number(option, name, body.substring(dots + 2)),
                log);
    }

    private static double number(String option, String name, String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new WorkbenchException(option + name + ": range bound \"" + s + "\" is not a number");
        }
    }

    /** The command-line form of this parameter. */
    public String text() {
        return switch (domain) {
            case VALUES -> name + "=" + String.join(",", values);
            case UNIFORM -> name + "=" + low + ".." + high;
            case LOG_UNIFORM -> name + "=log:" + low + ".." + high;
        };
    }
}

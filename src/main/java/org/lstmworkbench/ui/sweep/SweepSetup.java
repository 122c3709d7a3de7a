package org.lstmworkbench.ui.sweep;

import java.util.ArrayList;
import java.util.List;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.experiment.Parameters;
import org.lstmworkbench.experiment.SweepParam;
import org.lstmworkbench.experiment.SweepSpec;

/** Turns the panel's parameter text (one {@code NAME=...} per line) into a sweep, naming the bad line. */
final class SweepSetup {

    private SweepSetup() {
    }

    /**
     * Parses {@code text}: one parameter per non-blank line ({@code units=1,5,10},
     * {@code dropout=0..0.5}, {@code learningRate=log:1e-4..1e-1}); lines starting with
     * {@code #} are comments. No line at all is a sweep of the base configuration alone.
     *
     * @throws WorkbenchException naming the line and the problem
     */
    static SweepSpec parse(String text, boolean random, int samples, long drawSeed) {
        List<SweepParam> params = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                SweepParam p = SweepParam.parseLine(line);
                Parameters.requireKnown(p.name());
                params.add(p);
            } catch (WorkbenchException e) {
                throw new WorkbenchException("line " + (i + 1) + " (" + line + "): " + e.getMessage(), e);
            }
        }
        return random ? SweepSpec.random(params, samples, drawSeed) : SweepSpec.grid(params);
    }

    /** The text form of a stored sweep's parameters, one per line. */
    static String text(SweepSpec spec) {
        return String.join("\n", spec.params().stream().map(SweepParam::text).toList());
    }
}

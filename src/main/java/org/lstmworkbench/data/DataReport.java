package org.lstmworkbench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What preparing the data did beyond the spec itself: gaps filled or rows dropped, how text inputs
 * were encoded, the Box-Cox lambda used, and the names of the features the model reads. Shown in
 * the dataset pane and on the command line, written under {@code data.preparation} in {@code run.json}.
 *
 * @param gaps what the missing-value policy did
 * @param encodings one report per text input column (empty without)
 * @param boxCoxLambda the target's Box-Cox lambda (given or fitted), or null without Box-Cox
 * @param features the model's input features in order ({@code cbwd=NW} for a one-hot column)
 */
public record DataReport(GapReport gaps, List<EncodingReport> encodings, Double boxCoxLambda, List<String> features) {

    public DataReport {
        encodings = List.copyOf(encodings);
        features = List.copyOf(features);
    }

    /** The lines for the pane and the command line: gaps, then each encoding, then the lambda. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(gaps.describe());
        encodings.forEach(e -> lines.add(e.describe()));
        if (boxCoxLambda != null) {
            lines.add(String.format(Locale.ROOT, "Box-Cox lambda %.4g", boxCoxLambda));
        }
        return lines;
    }
}

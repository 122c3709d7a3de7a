package org.lstmworkbench.data;

import java.util.List;
import java.util.Locale;

/**
 * How one text input column was encoded, for the dataset pane and {@code run.json}.
 *
 * @param column the text column
 * @param encoding one-hot or integer codes
 * @param categories the categories learnt from the training part, in code order
 * @param unseen values outside the training part whose category training never saw (all-zero
 *     rows under one-hot, the reserved code {@code categories.size()} under integer codes)
 */
public record EncodingReport(String column, Encoding encoding, List<String> categories, int unseen) {

    public EncodingReport {
        categories = List.copyOf(categories);
    }

    /** One line, e.g. {@code cbwd: one-hot, 4 categories (NE, NW, SE, cv), 0 unseen values}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s: %s, %d categor%s (%s), %d unseen value%s", column,
                encoding == Encoding.ONE_HOT ? "one-hot" : "integer codes", categories.size(),
                categories.size() == 1 ? "y" : "ies", String.join(", ", categories), unseen, unseen == 1 ? "" : "s");
    }
}

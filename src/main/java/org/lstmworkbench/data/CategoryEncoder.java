package org.lstmworkbench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Encodes a text column as input features, with categories learnt from the training indices only,
 * so nothing of the validation or test part decides the encoding (as the scaler is fitted).
 */
final class CategoryEncoder {

    /** The features of one encoded column, their names and what was done. */
    record Encoded(List<double[]> features, List<String> names, EncodingReport report) {
    }

    private CategoryEncoder() {
    }

    /**
     * @param training {@code training[t]} marks the indices whose category may be learnt
     * @param offset leading indices no sample reads (lost to differencing): not counted as unseen
     */
    static Encoded encode(TextColumn column, Encoding encoding, boolean[] training, int offset) {
        List<String> cells = column.cells();
        List<String> categories = new ArrayList<>(IntStream.range(0, cells.size()).filter(t -> training[t])
                .mapToObj(cells::get).collect(Collectors.toCollection(TreeSet::new)));
        Map<String, Integer> codes = IntStream.range(0, categories.size()).boxed()
                .collect(Collectors.toMap(categories::get, Function.identity()));
        int unseen = (int) IntStream.range(offset, cells.size())
                .filter(t -> !training[t] && !codes.containsKey(cells.get(t))).count();
        List<double[]> features = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (encoding == Encoding.INTEGER) {
            features.add(cells.stream().mapToDouble(c -> codes.getOrDefault(c, categories.size())).toArray());
            names.add(column.name());
        } else {
            for (int k = 0; k < categories.size(); k++) {
                int code = k;
                features.add(cells.stream().mapToDouble(c -> codes.getOrDefault(c, -1) == code ? 1 : 0).toArray());
                names.add(column.name() + "=" + categories.get(k));
            }
        }
        return new Encoded(features, names, new EncodingReport(column.name(), encoding, categories, unseen));
    }
}

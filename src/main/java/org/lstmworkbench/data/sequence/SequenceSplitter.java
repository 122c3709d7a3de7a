package org.lstmworkbench.data.sequence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.lstmworkbench.data.DataException;

/**
 * Splits a dataset into training, validation and test parts <em>by sequence</em>: a sequence's
 * steps never end up in two parts. The same dataset, fractions and seed give the same split.
 */
public final class SequenceSplitter {

    private static final String[] PARTS = {"training", "validation", "test"};

    private SequenceSplitter() {
    }

    /**
     * A stratified random split: each class is shuffled (seeded) and cut by the fractions, so each
     * part keeps the class proportions. A class of n sequences gets {@code floor(n f)} per part and
     * the sequences left over go to the parts with the largest remainders (training first on a
     * tie); a class that would get no training sequence takes one from the test part, else from
     * validation, so every class is trained on.
     *
     * @param seed seed of the shuffle
     */
    public static SequenceSplit stratified(SequenceDataset dataset, PartFractions fractions, long seed) {
        Random random = new Random(seed);
        List<List<Integer>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int k = 0; k < dataset.classes().size(); k++) {
            List<Integer> members = new ArrayList<>();
            for (int i : dataset.indicesOfClass(k)) {
                members.add(i);
            }
            Collections.shuffle(members, random);
            int[] counts = allocate(members.size(), fractions);
            int start = 0;
            for (int p = 0; p < 3; p++) {
                parts.get(p).addAll(members.subList(start, start + counts[p]));
                start += counts[p];
            }
        }
        return toSplit(parts);
    }

    /**
     * Sequence counts per part for a class of {@code n}: largest remainders, then at least one
     * training sequence.
     */
    static int[] allocate(int n, PartFractions fractions) {
        double[] f = fractions.asArray();
        int[] counts = new int[3];
        double[] remainders = new double[3];
        int left = n;
        for (int p = 0; p < 3; p++) {
            double exact = n * f[p];
            counts[p] = (int) Math.floor(exact + 1e-9); // 50 x 0.7 is 35, not 34.999...
            remainders[p] = exact - counts[p];
            left -= counts[p];
        }
        while (left > 0) {
            int best = 0;
            for (int p = 1; p < 3; p++) {
                if (remainders[p] > remainders[best] + 1e-9) {
                    best = p;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            left--;
        }
        if (counts[0] == 0 && n > 0) {
            int donor = counts[2] > 0 ? 2 : 1;
            counts[donor]--;
            counts[0]++;
        }
        return counts;
    }

    /**
     * A split by group: whole groups go to one part, so no group straddles two. The groups (in
     * name order) are shuffled with the seed and each goes to the part furthest below its share of
     * sequences (training first on a tie); parts with fraction 0 get none.
     *
     * @throws DataException when a sequence has no group, or a part with a fraction above 0 is left
     *     without a group (too few groups)
     */
    public static SequenceSplit byGroup(SequenceDataset dataset, PartFractions fractions, long seed) {
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < dataset.size(); i++) {
            Sequence s = dataset.sequence(i);
            if (s.group() == null) {
                throw new DataException(dataset.source() + ": sequence \"" + s.id() + "\" has no group; a group "
                        + "split needs a group for every sequence");
            }
            groups.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(i);
        }
        List<String> order = new ArrayList<>(groups.keySet());
        Collections.shuffle(order, new Random(seed));
        double[] f = fractions.asArray();
        double[] deficit = new double[3];
        for (int p = 0; p < 3; p++) {
            deficit[p] = f[p] * dataset.size();
        }
        List<List<Integer>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (String group : order) {
            int best = -1;
            for (int p = 0; p < 3; p++) {
                if (f[p] > 0 && (best < 0 || deficit[p] > deficit[best] + 1e-9)) {
                    best = p;
                }
            }
            parts.get(best).addAll(groups.get(group));
            deficit[best] -= groups.get(group).size();
        }
        for (int p = 0; p < 3; p++) {
            if (f[p] > 0 && parts.get(p).isEmpty()) {
                throw new DataException(dataset.source() + ": " + groups.size() + " group(s) leave the " + PARTS[p]
                        + " part empty; a group split needs at least one group per part (set its fraction to 0 "
                        + "or split by sequence)");
            }
        }
        return toSplit(parts);
    }

    private static SequenceSplit toSplit(List<List<Integer>> parts) {
        return new SequenceSplit(toArray(parts.get(0)), toArray(parts.get(1)), toArray(parts.get(2)));
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}

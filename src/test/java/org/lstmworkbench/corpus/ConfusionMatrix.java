package org.lstmworkbench.corpus;

import java.util.ArrayList;
import java.util.List;
import org.lstmworkbench.diagnosis.FitLabel;

/** Counts of (given label, labeller's label) pairs over a corpus, with agreement and a printable table. */
final class ConfusionMatrix {

    private final int[][] counts = new int[FitLabel.values().length][FitLabel.values().length];
    private final List<String> misses = new ArrayList<>();
    private int kindTotal;
    private int kindAgree;

    void add(String name, FitLabel given, FitLabel labelled) {
        counts[given.ordinal()][labelled.ordinal()]++;
        if (given != labelled) {
            misses.add(name + ": " + given + " labelled " + labelled);
        }
    }

    /** Records an UNDERFIT curve that the labeller also called UNDERFIT, and whether the kinds agree. */
    void addKind(boolean agree) {
        kindTotal++;
        kindAgree += agree ? 1 : 0;
    }

    int total() {
        int n = 0;
        for (int[] row : counts) {
            for (int c : row) {
                n += c;
            }
        }
        return n;
    }

    int agreeing() {
        int n = 0;
        for (int i = 0; i < counts.length; i++) {
            n += counts[i][i];
        }
        return n;
    }

    double agreement() {
        return (double) agreeing() / total();
    }

    int count(FitLabel given, FitLabel labelled) {
        return counts[given.ordinal()][labelled.ordinal()];
    }

    int kindTotal() {
        return kindTotal;
    }

    int kindAgree() {
        return kindAgree;
    }

    List<String> misses() {
        return misses;
    }

    /** Markdown table: rows the given label, columns the labeller's. */
    String table() {
        StringBuilder s = new StringBuilder("| given \\ labelled |");
        for (FitLabel l : FitLabel.values()) {
            s.append(' ').append(l).append(" |");
        }
        s.append("\n|---|").append("---|".repeat(FitLabel.values().length)).append('\n');
        for (FitLabel g : FitLabel.values()) {
            s.append("| ").append(g).append(" |");
            for (FitLabel l : FitLabel.values()) {
                s.append(' ').append(count(g, l)).append(" |");
            }
            s.append('\n');
        }
        return s.toString();
    }
}

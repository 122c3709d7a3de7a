package org.lstmworkbench.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * Checks a whole workspace as read, before the window applies any of it: a value the window would
 * refuse halfway (a negative colour index) or a missing entry is reported here once, naming the
 * field, instead of leaving the window half restored.
 */
final class WorkspaceCheck {

    private WorkspaceCheck() {
    }

    /**
     * The first null entry of the lists the records copy ({@code runs}, {@code datasets}, each run's
     * {@code history}), found in the tree: the records would refuse them with a bare null pointer.
     */
    static Optional<String> nullEntry(JsonNode root) {
        Optional<String> p = nullIn(root.path("runs"), "runs");
        if (p.isEmpty()) {
            p = nullIn(root.path("datasets"), "datasets");
        }
        JsonNode runs = root.path("runs");
        for (int i = 0; p.isEmpty() && i < runs.size(); i++) {
            p = nullIn(runs.get(i).path("history"), "runs[" + i + "].history");
        }
        return p;
    }

    private static Optional<String> nullIn(JsonNode array, String name) {
        for (int i = 0; array.isArray() && i < array.size(); i++) {
            if (array.get(i).isNull()) {
                return Optional.of(name + "[" + i + "] is null");
            }
        }
        return Optional.empty();
    }

    /** The first problem of {@code w}, as {@code runs[i] ("id").field ...}; empty when it can be applied. */
    static Optional<String> problem(Workspace w) {
        List<SavedRun> runs = w.runs();
        for (int i = 0; i < runs.size(); i++) {
            SavedRun r = runs.get(i);
            String at = "runs[" + i + "] (\"" + r.id() + "\").";
            if (r.colourIndex() < 0) {
                return Optional.of(at + "colourIndex is " + r.colourIndex() + "; it must be 0 or more");
            }
            if (r.parameterCount() < 0) {
                return Optional.of(at + "parameterCount is " + r.parameterCount() + "; it must be 0 or more");
            }
            if (r.wallMillis() < 0) {
                return Optional.of(at + "wallMillis is " + r.wallMillis() + "; it must be 0 or more");
            }
        }
        return Optional.empty();
    }
}

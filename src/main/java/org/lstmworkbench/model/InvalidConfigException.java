package org.lstmworkbench.model;

import java.util.List;
import org.lstmworkbench.WorkbenchException;

/** A model configuration that cannot be trained; the message lists every problem found. */
public class InvalidConfigException extends WorkbenchException {

    private final List<String> problems;

    public InvalidConfigException(List<String> problems) {
        super(problems.size() == 1
                ? "invalid model configuration: " + problems.get(0)
                : "invalid model configuration: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidConfigException(String message) {
        super(message);
        this.problems = List.of(message);
    }

    /** Every problem, each fit to show a user on its own. */
    public List<String> problems() {
        return problems;
    }
}

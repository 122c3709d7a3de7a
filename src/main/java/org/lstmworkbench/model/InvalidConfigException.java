package org.lstmworkbench.model;

import java.util.List;
import org.lstmworkbench.Problem;
import org.lstmworkbench.WorkbenchException;

/** A model configuration that cannot be trained; the message lists every problem found. */
public class InvalidConfigException extends WorkbenchException {

    private final List<Problem> problems;

    /** The configuration's problems, each with the path of its field. */
    public InvalidConfigException(List<Problem> problems) {
        super("invalid model configuration: "
                + String.join("; ", problems.stream().map(Problem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    /** A problem with the configuration as a whole (a file that cannot be read, not JSON, ...). */
    public InvalidConfigException(String message) {
        super(message);
        this.problems = List.of(new Problem("", message));
    }

    /** Every problem, each fit to show a user on its own, with the path of the field it is about. */
    public List<Problem> problems() {
        return problems;
    }
}

package org.lstmworkbench;

/**
 * Root of the workbench's exception family: every error a user can cause (a bad file,
 * an impossible configuration, a cancelled run) is one of these, with a message fit to
 * show that user as it is: it names what is wrong and where (file, 1-based row, column,
 * field). Internal errors are anything else.
 */
public class WorkbenchException extends RuntimeException {

    public WorkbenchException(String message) {
        super(message);
    }

    public WorkbenchException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.lstmworkbench.diagnosis;

import org.lstmworkbench.WorkbenchException;

/** A learning-curve file that cannot be read: the one-line message names the file and the row or key. */
public class CurveFormatException extends WorkbenchException {

    public CurveFormatException(String source, String detail) {
        super(oneLine(source + ": " + detail));
    }

    public CurveFormatException(String source, String detail, Throwable cause) {
        super(oneLine(source + ": " + detail), cause);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}

package org.lstmworkbench.corpus;

import org.lstmworkbench.diagnosis.CurveInput;
import org.lstmworkbench.diagnosis.FitLabel;
import org.lstmworkbench.diagnosis.UnderfitKind;

/**
 * One labelled curve of the corpus.
 *
 * @param name   where it comes from (file and cut, or family and parameters)
 * @param engine true for a curve made by our training engine, false for a synthetic one
 * @param input  the curves and what is known about the run
 * @param label  the label a reader gives the curve
 * @param kind   the underfit kind for UNDERFIT, else null
 */
record CorpusEntry(String name, boolean engine, CurveInput input, FitLabel label, UnderfitKind kind) {
}

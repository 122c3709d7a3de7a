package org.lstmworkbench.cli;

import org.lstmworkbench.training.engine.Precision;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --precision double|float} of the commands that train ({@code train}, {@code sweep}): the
 * fast engine's arithmetic for the whole command (the process's {@link Precision#PROPERTY}).
 * Double when not given; float trains the LSTM layers in single precision where the float engine
 * covers the network (otherwise in double, and the run's engine note says why), and the run's
 * engine note ({@code run.json} {@code engine.note}) says "float precision".
 */
final class PrecisionOption {

    @Option(names = "--precision", paramLabel = "P",
            description = "the fast engine's arithmetic: double (default; DL4J's math) or float (faster from about "
                    + "64 cells, losses equal to float rounding; see the README's engine section)")
    String precision;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** Sets the process's precision when the option was given; a parameter error (exit 2) for another value. */
    void apply() {
        if (precision == null) {
            return;
        }
        try {
            System.setProperty(Precision.PROPERTY, Precision.parse(precision).id());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(mixee.commandLine(), "--precision must be double or float, got '"
                    + precision + "'");
        }
    }
}

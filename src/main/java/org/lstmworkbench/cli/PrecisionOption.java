package org.lstmworkbench.cli;

import org.lstmworkbench.model.Precision;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --precision double|float} of the commands that train ({@code train}, {@code sweep}): sets
 * the configuration's {@link Precision} (over a {@code --config} file's), so a sweep's parameter
 * {@code precision=double,float} still varies it per point. Not given, the configuration's own
 * (double by default). Float trains the LSTM layers in single precision where the float engine
 * covers the network (otherwise in double, and the run's engine note says why); the run records
 * engine {@code fast-float} ({@code run.json} {@code engine.name} and {@code engine.precision},
 * {@code results.csv} {@code engine}).
 */
final class PrecisionOption {

    @Option(names = "--precision", paramLabel = "P",
            description = "the fast engine's arithmetic: double (default; DL4J's math) or float (faster from about "
                    + "64 cells, losses equal to float rounding; see the README's engine section)")
    String precision;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** Gives the options' configuration the precision when the option was given; a parameter error (exit 2) for another value. */
    void apply(ModelOptions model) {
        if (precision == null) {
            return;
        }
        try {
            model.precision = Precision.parse(precision);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(mixee.commandLine(), "--precision must be double or float, got '"
                    + precision + "'");
        }
    }
}

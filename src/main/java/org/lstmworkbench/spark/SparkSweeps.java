package org.lstmworkbench.spark;

import java.util.List;
import java.util.regex.Pattern;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.experiment.Experiment;
import org.lstmworkbench.experiment.SweepListener;
import org.lstmworkbench.experiment.SweepResult;
import org.lstmworkbench.experiment.SweepStore;

/**
 * The entry to Spark sweeps that loads no Spark class until Spark is known to be there: the
 * desktop jar leaves Spark out (it is {@code provided}), so {@code sweep --spark} run from it
 * fails with one line saying how to run it through spark-submit instead of a linkage error.
 */
public final class SparkSweeps {

    /** A class every Spark installation has. */
    static final String PROBE = "org.apache.spark.SparkContext";

    /** The master URLs Spark 3.5 accepts (its SparkContext parses them; checked here before any work). */
    private static final Pattern MASTER = Pattern.compile(
            "local(\\[\\s*(\\d+|\\*)\\s*(,\\s*\\d+\\s*)?])?|local-cluster\\[.+]|(spark|k8s|mesos)://\\S+|yarn");

    private SparkSweeps() {
    }

    /** Whether {@code master} has the form of a Spark master URL ({@code local[2]}, {@code spark://h:7077}, ...). */
    public static boolean isMaster(String master) {
        return master != null && MASTER.matcher(master.trim()).matches();
    }

    /** Whether Spark's classes are on this process's class path. */
    public static boolean available() {
        try {
            Class.forName(PROBE, false, SparkSweeps.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Why a folder of sequences cannot be the data of a sweep on a cluster: Spark sends single
     * files to executors ({@code SparkContext.addFile} takes folders in local mode only).
     */
    public static String folderRefusal(String source) {
        return "--data " + source + ": a folder of sequences cannot be sent to a cluster's executors (Spark ships"
                + " single files): give the sequences as one long- or wide-format CSV file, or use --spark local[N]";
    }

    /** Fails with the one-line advice when Spark is not on the class path. */
    public static void requireAvailable() {
        if (!available()) {
            throw new WorkbenchException("--spark needs Apache Spark, which this jar does not carry: build the"
                    + " assembly (mvn -Pspark package) and run spark-submit --class org.lstmworkbench.Main"
                    + " target/lstm-workbench-spark.jar sweep ... --spark MASTER (README: \"Sweeps on Apache Spark\")");
        }
    }

    /**
     * Trains the store's missing runs on Spark (see {@link SparkSweepRunner}) and returns every run.
     *
     * @param master the Spark master, e.g. {@code local[2]} or {@code spark://host:7077}
     */
    public static SweepResult run(Experiment experiment, SweepStore store, String master,
                                  List<SweepListener> listeners) {
        requireAvailable();
        SparkSweepRunner runner = new SparkSweepRunner(experiment, master);
        listeners.forEach(runner::addListener);
        return runner.run(store);
    }
}

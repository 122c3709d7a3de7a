package org.lstmworkbench.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkFiles;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.experiment.RunSpec;

/**
 * A sweep's data files sent to its executors with {@link SparkContext#addFile}, so no executor
 * needs the driver's file system: the driver adds each data file once, and each task trains on
 * its executor's copy ({@link SparkFiles#get}). The run's settings are otherwise untouched, so
 * it trains exactly as the local sweep's run. A relative path is the driver's, as for a local sweep.
 *
 * <p>Each file travels under a name made of its content's digest and its own name: Spark keeps
 * added files in one flat folder per application and refuses a second, different file under a
 * name already added (two sweeps in one context, or two {@code data.csv} of different folders).
 *
 * <p>A folder of sequences is not shipped: Spark's {@code addFile} takes folders only in local
 * mode, where the executors share the driver's file system, so there it is read in place (by its
 * absolute path) and on a cluster it is refused before any work.
 */
final class ShippedData implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Source as the experiment names it, to the name of its shipped copy. */
    private final LinkedHashMap<String, String> shipped;
    /** Source as the experiment names it, to the absolute path executors read it at (local mode only). */
    private final LinkedHashMap<String, String> inPlace;

    private ShippedData(LinkedHashMap<String, String> shipped, LinkedHashMap<String, String> inPlace) {
        this.shipped = shipped;
        this.inPlace = inPlace;
    }

    /**
     * Adds every data file the runs read to {@code sc}; demo data travels in the jar.
     *
     * @throws WorkbenchException naming the source when it is missing, or a folder on a cluster
     */
    static ShippedData ship(SparkContext sc, List<RunSpec> runs) {
        LinkedHashMap<String, String> shipped = new LinkedHashMap<>();
        LinkedHashMap<String, String> inPlace = new LinkedHashMap<>();
        Path staging = null;
        for (String source : sources(runs)) {
            if (shipped.containsKey(source) || inPlace.containsKey(source)) {
                continue;
            }
            Path path = Path.of(source).toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                if (!sc.isLocal()) {
                    throw new WorkbenchException(SparkSweeps.folderRefusal(source));
                }
                inPlace.put(source, path.toString());
                continue;
            }
            if (!Files.isRegularFile(path)) {
                throw new WorkbenchException("--data " + source + ": no such file (" + path + ")");
            }
            if (staging == null) {
                staging = stagingFolder();
            }
            Path copy = stage(staging, path);
            sc.addFile(copy.toString());
            shipped.put(source, copy.getFileName().toString());
        }
        return new ShippedData(shipped, inPlace);
    }

    /** The run with its data read from this executor's copy; demo runs are returned as they are. */
    RunSpec localize(RunSpec run) {
        String source = run.dataFile();
        String at = source == null ? null : where(source);
        return at == null ? run : run.withDataFile(at);
    }

    /** Sources as the experiment names them, mapped to the name Spark ships each under (for tests). */
    Map<String, String> shippedNames() {
        return Map.copyOf(shipped);
    }

    private String where(String source) {
        String name = shipped.get(source);
        if (name != null) {
            return SparkFiles.get(name);
        }
        return inPlace.get(source);
    }

    private static List<String> sources(List<RunSpec> runs) {
        return runs.stream().map(RunSpec::dataFile).filter(java.util.Objects::nonNull).distinct().toList();
    }

    private static Path stagingFolder() {
        try {
            Path dir = Files.createTempDirectory("lstm-workbench-spark-data");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new WorkbenchException("cannot create a temporary folder for the data sent to Spark ("
                    + e.getMessage() + ")", e);
        }
    }

    /**
     * A hard link (or, across file systems, a copy) named DIGEST-NAME of {@code file}: not a
     * symbolic link, since Spark ships a symbolic link under its target's name.
     */
    private static Path stage(Path staging, Path file) {
        Path target = staging.resolve(digest(file) + "-" + file.getFileName());
        try {
            if (!Files.exists(target)) {
                try {
                    Files.createLink(target, file);
                } catch (UnsupportedOperationException | IOException noLink) {
                    Files.copy(file, target);
                }
            }
            target.toFile().deleteOnExit();
            return target;
        } catch (IOException e) {
            throw new WorkbenchException("--data " + file + ": cannot prepare it for Spark (" + e.getMessage() + ")", e);
        }
    }

    private static String digest(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest(), 0, 8);
        } catch (IOException e) {
            throw new WorkbenchException("--data " + file + ": cannot read it (" + e.getMessage() + ")", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

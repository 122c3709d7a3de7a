package org.lstmworkbench.experiment;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.training.RunFiles;

/**
 * A sweep folder: {@code experiment.json}, {@code results.csv} (one line per finished run, see
 * {@link ResultsCsv}) and {@code histories/ID.csv} (one per run). Each finished run is made
 * durable the moment it ends: its history file is written and forced to disk first, then its
 * results line is appended and forced ({@link FileChannel#force}), so a sweep killed at any
 * moment loses no finished run, and a results line always has its history. A line cut short by
 * a kill is dropped (and cut from the file) when the folder is opened to resume.
 *
 * <p>One process writes a folder at a time: an open store holds the folder's {@link SweepLock}
 * until {@link #close()} (or its process ends), and a second open (a second sweep, a resume
 * while the first still runs) fails naming the holder's pid.
 *
 * @implNote {@link #append} is synchronized: worker threads store runs one at a time.
 */
public final class SweepStore implements AutoCloseable {

    /** Files of a sweep folder. */
    public static final String RESULTS = "results.csv";
    public static final String SUMMARY = "summary.csv";
    public static final String EXPERIMENT = "experiment.json";
    public static final String HISTORIES = "histories";

    private final Path dir;
    private final Experiment experiment;
    private final ResultsCsv csv;
    private final List<RunRecord> loaded;
    private SweepLock lock;

    private SweepStore(Path dir, Experiment experiment, ResultsCsv csv, List<RunRecord> loaded) {
        this.dir = dir;
        this.experiment = experiment;
        this.csv = csv;
        this.loaded = List.copyOf(loaded);
    }

    /**
     * Opens {@code dir} for {@code experiment}. Without {@code resume} the folder must not hold
     * results yet; with it, it must hold the same experiment, and its finished runs are loaded.
     * The store holds the folder's lock until {@link #close()}.
     *
     * @throws WorkbenchException also when another sweep holds the folder (naming its pid)
     */
    public static SweepStore open(Path dir, Experiment experiment, boolean resume) {
        if (resume && !Files.isDirectory(dir)) {
            ExperimentJson.read(dir.resolve(EXPERIMENT)); // fails naming the missing file, as it always did
        }
        createFolder(resume ? dir : dir.resolve(HISTORIES));
        SweepLock lock = SweepLock.acquire(dir);
        try {
            SweepStore store = openLocked(dir, experiment, resume);
            store.lock = lock;
            return store;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static void createFolder(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new WorkbenchException(dir + ": cannot create the sweep folder (" + e.getMessage() + ")", e);
        }
    }

    private static SweepStore openLocked(Path dir, Experiment experiment, boolean resume) {
        Path results = dir.resolve(RESULTS);
        if (resume) {
            Experiment stored = ExperimentJson.read(dir.resolve(EXPERIMENT));
            String want = ExperimentJson.toTree(experiment).toString();
            if (!ExperimentJson.toTree(stored).toString().equals(want)) {
                throw new WorkbenchException(dir + " holds a different experiment (see " + EXPERIMENT
                        + "): resume with the same data, model, parameters, repeats and seed");
            }
            if (!Files.isRegularFile(results) || !ResultsCsv.headerComplete(results)) {
                ResultsCsv format = new ResultsCsv(experiment);
                writeHeader(results, format);
                return new SweepStore(dir, experiment, format, List.of());
            }
            // a folder of an earlier format goes on in its own layout: one file never mixes two
            ResultsCsv format = new ResultsCsv(experiment, ResultsCsv.versionOf(results));
            truncatePartialLine(results);
            return new SweepStore(dir, experiment, format, format.read(results, dir.resolve(HISTORIES)));
        }
        if (Files.isRegularFile(results) && lineCount(results) > 1) {
            throw new WorkbenchException(dir + " already holds sweep results: resume it (--resume) or choose another folder");
        }
        ExperimentJson.write(dir.resolve(EXPERIMENT), experiment);
        ResultsCsv format = new ResultsCsv(experiment);
        writeHeader(results, format);
        return new SweepStore(dir, experiment, format, List.of());
    }

    /**
     * Reopens a sweep folder for the experiment it holds ({@code experiment.json}), loading its
     * finished runs: what a window offers as Resume after a crash or restart.
     */
    public static SweepStore resume(Path dir) {
        return open(dir, ExperimentJson.read(dir.resolve(EXPERIMENT)), true);
    }

    /** Releases the folder's lock (the store writes no more); closing twice is harmless. */
    @Override
    public void close() {
        if (lock != null) {
            lock.close();
        }
    }

    /** The folder. */
    public Path dir() {
        return dir;
    }

    /** The experiment stored here. */
    public Experiment experiment() {
        return experiment;
    }

    /** Runs found on disk when the store was opened, in file order. */
    public List<RunRecord> loaded() {
        return loaded;
    }

    /** The history file of a run. */
    public Path historyFile(String runId) {
        return dir.resolve(HISTORIES).resolve(runId + ".csv");
    }

    /** Stores a finished run durably: history first, then the results line, each forced to disk. */
    public synchronized void append(RunRecord r) {
        Path history = historyFile(r.id());
        RunFiles.writeHistory(history, r.history());
        force(history);
        appendDurably(dir.resolve(RESULTS), csv.line(r));
    }

    private static void writeHeader(Path results, ResultsCsv format) {
        try {
            Files.createDirectories(results.getParent().resolve(HISTORIES));
            Files.writeString(results, format.headerLine(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WorkbenchException(results + ": cannot write (" + e.getMessage() + ")", e);
        }
        force(results);
    }

    static void appendDurably(Path file, String line) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buf = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot append a result (" + e.getMessage() + ")", e);
        }
    }

    private static void force(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot be flushed to disk (" + e.getMessage() + ")", e);
        }
    }

    /** Cuts a last line that has no line end (a write cut short by a kill). */
    static void truncatePartialLine(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long keep = size;
            ByteBuffer one = ByteBuffer.allocate(1);
            while (keep > 0) {
                one.clear();
                ch.read(one, keep - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                keep--;
            }
            if (keep < size) {
                ch.truncate(keep);
                ch.force(true);
            }
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot repair the results file (" + e.getMessage() + ")", e);
        }
    }

    private static long lineCount(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static List<CSVRecord> parse(Path file) {
        try (Reader r = Files.newBufferedReader(file);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return new ArrayList<>(p.getRecords());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new WorkbenchException(file + ": cannot be read as CSV (" + e.getMessage() + ")", e);
        }
    }
}

package org.lstmworkbench.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.metrics.Metric;

/**
 * How {@code train} keeps a run folder safe from a kill: the epochs go to {@code history.partial.csv}
 * as they end (each line flushed to the operating system, forced to disk at most every
 * {@link #SYNC_MILLIS} ms), and {@code run.json} says {@code "status": "running"} (with the folder's
 * previous run.json under {@code "previous"}) until the run ends. Only then are {@code history.csv}
 * and {@code run.json} replaced, each written to a temporary file, forced and renamed over the old
 * one. A killed run leaves the previous run's {@code history.csv} intact, the epochs so far in the
 * partial file, and a run.json that marks the run as interrupted.
 */
public final class RunJournal implements EpochListener, AutoCloseable {

    /** The epochs of the run in progress. */
    public static final String PARTIAL_HISTORY = "history.partial.csv";
    public static final String HISTORY = "history.csv";
    public static final String RUN_JSON = "run.json";
    /** run.json's status while the run trains (left so by a kill). */
    public static final String RUNNING = "running";
    /** At most one forced write per this many milliseconds: a kill loses at most these epochs. */
    static final long SYNC_MILLIS = 2_000;

    private final Path dir;
    private final FileChannel channel;
    private final Writer writer;
    private CSVPrinter csv;
    private List<Metric> metrics;
    private long lastSync;
    private boolean closed;

    private RunJournal(Path dir, FileChannel channel) {
        this.dir = dir;
        this.channel = channel;
        this.writer = Channels.newWriter(channel, StandardCharsets.UTF_8);
        this.lastSync = System.nanoTime();
    }

    /** Marks {@code dir} (which exists) as holding a run in progress and opens its partial history. */
    public static RunJournal start(Path dir) {
        ObjectNode running = new ObjectMapper().createObjectNode();
        running.put("status", RUNNING);
        running.put("startedAt", Instant.now().toString());
        running.put("partialHistory", PARTIAL_HISTORY);
        Path old = dir.resolve(RUN_JSON);
        if (Files.isRegularFile(old)) {
            running.set("previous", previous(old));
        }
        replace(old, writeRunJson(running));
        try {
            return new RunJournal(dir, FileChannel.open(dir.resolve(PARTIAL_HISTORY), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
        } catch (IOException e) {
            throw new WorkbenchException(dir.resolve(PARTIAL_HISTORY) + ": cannot write the history ("
                    + e.getMessage() + ")", e);
        }
    }

    private static JsonNode previous(Path runJson) {
        try {
            return new ObjectMapper().readTree(runJson.toFile());
        } catch (IOException e) {
            // a run.json that does not parse is kept as its text
            try {
                return new ObjectMapper().getNodeFactory().textNode(Files.readString(runJson));
            } catch (IOException unreadable) {
                return new ObjectMapper().getNodeFactory().nullNode();
            }
        }
    }

    private static PathWriter writeRunJson(ObjectNode json) {
        return file -> RunFiles.writeRunJson(file, json);
    }

    /** Appends the epoch's line, flushed; forced to disk when the last force is {@link #SYNC_MILLIS} old. */
    @Override
    public void onEpoch(EpochMetrics m) {
        try {
            if (csv == null) {
                metrics = RunFiles.metricsOf(m);
                csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                        .setHeader(RunFiles.historyColumns(metrics).toArray(String[]::new))
                        .setRecordSeparator('\n').get());
            }
            csv.printRecord(RunFiles.historyRow(metrics, m));
            csv.flush();
            long now = System.nanoTime();
            if (now - lastSync >= SYNC_MILLIS * 1_000_000) {
                channel.force(false);
                lastSync = now;
            }
        } catch (IOException e) {
            throw new WorkbenchException(dir.resolve(PARTIAL_HISTORY) + ": cannot write the history ("
                    + e.getMessage() + ")", e);
        }
    }

    /** Replaces history.csv with the finished run's and drops the partial history. */
    public void commitHistory(RunResult result) {
        close();
        replace(dir.resolve(HISTORY), file -> RunFiles.writeHistory(file, result));
        try {
            Files.deleteIfExists(dir.resolve(PARTIAL_HISTORY));
        } catch (IOException e) {
            throw new WorkbenchException(dir.resolve(PARTIAL_HISTORY) + ": cannot be removed (" + e.getMessage()
                    + ")", e);
        }
    }

    /** Replaces the "running" run.json with the finished run's. */
    public void commitRunJson(ObjectNode json) {
        replace(dir.resolve(RUN_JSON), writeRunJson(json));
    }

    /** Closes the partial history (kept on disk: a run that did not end leaves its epochs there). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (csv != null) {
                csv.flush();
            }
            if (channel.isOpen()) {
                channel.force(false);
                channel.close();
            }
        } catch (IOException e) {
            throw new WorkbenchException(dir.resolve(PARTIAL_HISTORY) + ": cannot write the history ("
                    + e.getMessage() + ")", e);
        }
    }

    /** Writes {@code target} through a forced temporary file renamed over it, so it is either old or new. */
    private static void replace(Path target, PathWriter write) {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        write.write(tmp);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new WorkbenchException(target + ": cannot be replaced (" + e.getMessage() + ")", e);
        }
    }

    @FunctionalInterface
    private interface PathWriter {
        void write(Path file);
    }
}

package org.lstmworkbench.workspace;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.lstmworkbench.WorkbenchException;

/**
 * Reads and writes workspaces as JSON. Writes are atomic: the JSON goes to a temporary file in
 * the same folder, is forced to disk, then renamed over the target, so a crash mid-write leaves
 * the previous file intact. Non-finite numbers (a validation loss without a validation part) are
 * written as the strings "NaN"/"Infinity" and read back as such.
 */
public final class WorkspaceStore {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);

    private WorkspaceStore() {
    }

    /** Writes the workspace atomically. */
    public static void save(Path file, Workspace workspace) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                JSON.writeValue(new NonClosing(out), workspace);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot save the workspace (" + e.getMessage() + ")", e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Reads a workspace; a missing, truncated or invalid file gives a message naming it and where. */
    public static Workspace load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new WorkbenchException(file + ": no such workspace file");
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot read the workspace (" + e.getMessage() + ")", e);
        }
        if (text.isBlank()) {
            throw new WorkbenchException(file + ": the workspace file is empty");
        }
        Workspace w;
        try {
            w = JSON.readValue(text, Workspace.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            String what = e.getOriginalMessage().startsWith("Unexpected end-of-input")
                    ? "the workspace file is truncated" : "not a valid workspace file (" + firstLine(e.getOriginalMessage()) + ")";
            throw new WorkbenchException(file + ": " + what + where);
        }
        if (w.version() != Workspace.CURRENT_VERSION) {
            throw new WorkbenchException(file + ": workspace format version " + w.version()
                    + " is not supported (this version reads " + Workspace.CURRENT_VERSION + ")");
        }
        return w;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless; the workspace itself was written or kept
            }
        }
    }

    /** Keeps Jackson from closing the channel before it is forced to disk. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

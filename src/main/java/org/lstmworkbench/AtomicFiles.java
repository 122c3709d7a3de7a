package org.lstmworkbench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output file whole or not at all: the content goes to a temporary file in the same
 * folder (so the move stays on one file system), is forced to disk, and only then replaces the
 * target with an atomic move. A failure (a full disk) deletes the temporary file and leaves the
 * previous target, if any, untouched, so no truncated file is ever left behind.
 */
public final class AtomicFiles {

    /** What writes the content; the stream is closed by {@link #write}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code file} from {@code content}.
     *
     * @param what the file's role in the error message ({@code "the history"})
     * @throws WorkbenchException one line naming the file and the reason when anything fails
     */
    public static void write(Path file, String what, Content content) {
        Path absolute = file.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            try (var channel = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            move(tmp, absolute);
            tmp = null;
        } catch (IOException | RuntimeException e) {
            if (e instanceof WorkbenchException w) {
                throw w;
            }
            throw new WorkbenchException(file + ": cannot write " + what + " (" + reason(e) + ")", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the write already failed and is reported; a leftover hidden .tmp is the lesser harm
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName()
                : m.replace('\n', ' ').replace('\r', ' ');
    }
}

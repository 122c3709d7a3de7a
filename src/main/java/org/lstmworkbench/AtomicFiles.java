package org.lstmworkbench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.atomic.AtomicLong;

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

    /** Makes the temporary names of one process distinct (several runs may write into one folder at once). */
    private static final AtomicLong COUNTER = new AtomicLong();

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
            // not Files.createTempFile: its files are 0600, and the output would keep that mode
            tmp = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + COUNTER.incrementAndGet() + ".tmp");
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(absolute, tmp);
            move(tmp, absolute);
            tmp = null;
        } catch (IOException e) {
            // a RuntimeException is a bug, not the user's disk: it passes unchanged (the finally still cleans up)
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

    /** A file written again keeps the mode it had (a user's chmod survives a re-run). */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (Files.exists(target) && Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
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

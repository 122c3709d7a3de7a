package org.lstmworkbench.experiment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.lstmworkbench.WorkbenchException;

/**
 * The one-writer lock of a sweep folder: an exclusive {@link FileLock} on {@code sweep.lock},
 * which holds the writer's pid. The operating system drops the lock when its process ends (even
 * by kill -9), so a stale lock file never blocks a resume; the file itself stays, because deleting
 * it would let a second writer lock a fresh file while the first still holds the old one.
 */
public final class SweepLock implements AutoCloseable {

    /** The lock file in a sweep folder. */
    public static final String FILE = "sweep.lock";

    /*
     * Folders this JVM holds. Checked before a channel is opened: on Linux, closing any channel
     * of a file drops every lock the process holds on it, so a refused second attempt of this JVM
     * must not open (and close) the file at all.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private SweepLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code dir} (which must exist) or fails naming the pid that holds it.
     *
     * @throws WorkbenchException when another process (or another sweep of this one) writes there
     */
    public static SweepLock acquire(Path dir) {
        Path file = dir.resolve(FILE);
        Path key = realPath(dir);
        if (!HELD.add(key)) {
            throw busy(dir, file, "pid " + ProcessHandle.current().pid() + ", this process");
        }
        try {
            return lock(key, dir, file);
        } catch (RuntimeException e) {
            HELD.remove(key);
            throw e;
        }
    }

    private static SweepLock lock(Path key, Path dir, Path file) {
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot open the sweep's lock file (" + e.getMessage() + ")", e);
        }
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            // the same folder under another path (a link) held by this JVM
            lock = null;
        } catch (IOException e) {
            closeQuietly(ch);
            throw new WorkbenchException(file + ": cannot lock the sweep folder (" + e.getMessage() + ")", e);
        }
        if (lock == null) {
            String holder = holder(ch);
            closeQuietly(ch);
            throw busy(dir, file, holder);
        }
        try {
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            ch.force(true);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new WorkbenchException(file + ": cannot write the sweep's lock file (" + e.getMessage() + ")", e);
        }
        return new SweepLock(key, ch, lock);
    }

    private static WorkbenchException busy(Path dir, Path file, String holder) {
        return new WorkbenchException(dir + " is being written by another sweep (" + holder + " holds " + file
                + "): wait for it to end or stop it, then resume");
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            throw new WorkbenchException(dir + ": cannot open the sweep folder (" + e.getMessage() + ")", e);
        }
    }

    private static String holder(FileChannel ch) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(32);
            ch.read(buf, 0);
            String pid = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).trim();
            return pid.matches("\\d+") ? "pid " + pid : "pid unknown";
        } catch (IOException e) {
            return "pid unknown";
        }
    }

    /** Releases the lock; the file stays (see the class comment). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            // the channel's close below releases it as well
        }
        closeQuietly(channel);
        HELD.remove(key);
    }

    private static void closeQuietly(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            // nothing was written through it that matters: the lock goes with the channel
        }
    }

}

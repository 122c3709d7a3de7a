package org.lstmworkbench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every reader of a user's file checks before opening it: a FIFO waits for a writer and
 * {@code /dev/zero} never ends, so reading either would block (or fill memory) for ever. Each
 * reader says so in its own words and exception.
 */
public final class SpecialFiles {

    private SpecialFiles() {
    }

    /**
     * Whether {@code file} exists and is neither a regular file nor a folder (a pipe, a device or a
     * socket). Missing files and folders are left to the reader, whose own message names them.
     */
    public static boolean isSpecial(Path file) {
        return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
    }
}

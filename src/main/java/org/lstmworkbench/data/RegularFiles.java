package org.lstmworkbench.data;

import java.nio.file.Path;
import org.lstmworkbench.SpecialFiles;

/**
 * Refuses a data path that is not a regular file before anything opens it: reading a FIFO waits
 * for a writer and {@code /dev/zero} never ends, so either would block the run forever.
 */
public final class RegularFiles {

    private RegularFiles() {
    }

    /**
     * Returns normally for a regular file, a folder (reading one fails at once, and the reader says
     * so) or a path that does not exist (the reader reports that itself); otherwise throws naming
     * the path.
     *
     * @throws DataException for a FIFO, a device or any other special file
     */
    public static void require(Path file) {
        if (!SpecialFiles.isSpecial(file)) {
            return;
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        throw new DataException(name + ": is not a regular file (a pipe, device or socket: " + file.toAbsolutePath()
                + "); give a CSV file");
    }
}

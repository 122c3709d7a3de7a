package org.lstmworkbench.experiment;

import java.nio.file.Path;

/** A second process for the lock tests: takes a sweep folder's lock, says so on stdout, then waits to be killed. */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        SweepLock.acquire(Path.of(args[0]));
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(120_000);
    }
}

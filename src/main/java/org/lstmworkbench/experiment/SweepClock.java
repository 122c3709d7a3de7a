package org.lstmworkbench.experiment;

/**
 * Counts a sweep's finished runs and estimates the time left from this session's throughput (runs
 * resumed from the folder count as done but not towards the rate). Shared by the local and the
 * Spark sweep runners; thread-safe.
 */
public final class SweepClock {
    private final int resumed;
    private final int total;
    private final long start = System.nanoTime();
    private int finishedNow;

    /**
     * @param resumed runs already stored when this session started
     * @param total   runs in the whole sweep
     */
    public SweepClock(int resumed, int total) {
        this.resumed = resumed;
        this.total = total;
    }

    /** Records one more finished run and returns the progress after it. */
    public synchronized SweepProgress finished() {
        finishedNow++;
        return now();
    }

    /** The progress so far; the time left is -1 until a run of this session has finished. */
    public synchronized SweepProgress now() {
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        int done = resumed + finishedNow;
        long eta = finishedNow == 0 ? -1 : Math.round((double) elapsed / finishedNow * (total - done));
        return new SweepProgress(done, total, resumed, elapsed, eta);
    }
}

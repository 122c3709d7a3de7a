package org.lstmworkbench.experiment;

/**
 * Where a sweep stands.
 *
 * @param done        runs finished, including those found on disk when resuming
 * @param total       runs in the experiment
 * @param resumed     runs found on disk when this session started
 * @param elapsedMillis wall time of this session so far
 * @param etaMillis   estimated time to finish (remaining runs x this session's wall time per
 *                    finished run, which already reflects the parallelism); -1 before the first run ends
 */
public record SweepProgress(int done, int total, int resumed, long elapsedMillis, long etaMillis) {

    /** Fraction done in [0, 1]. */
    public double fraction() {
        return total == 0 ? 1.0 : (double) done / total;
    }

    /** {@code 7 of 15, ETA 12 s} (ETA omitted until known). */
    public String text() {
        String s = done + " of " + total;
        return etaMillis < 0 ? s : s + ", ETA " + formatDuration(etaMillis);
    }

    /** {@code 850 ms}, {@code 12 s}, {@code 3 min 05 s}. */
    public static String formatDuration(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        long s = Math.round(millis / 1000.0);
        return s < 60 ? s + " s" : String.format(java.util.Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
}

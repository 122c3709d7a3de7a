package org.lstmworkbench.experiment;

import org.lstmworkbench.training.EpochMetrics;

/**
 * Receives a sweep's events. Every method has an empty default, so a listener implements only
 * what it shows.
 *
 * @implNote Called on the runner's worker threads, possibly several at once: implementations
 *     must be thread-safe and return quickly (a window queues and coalesces onto its FX thread).
 *     {@link #runFinished} and {@link #progress} are called in the same order for one run, after
 *     the run is stored durably.
 */
public interface SweepListener {

    /** A run starts training. */
    default void runStarted(RunSpec run) {
    }

    /** One epoch of a run ended (many calls: keep it cheap). */
    default void epoch(RunSpec run, EpochMetrics metrics) {
    }

    /** A run finished and was stored. */
    default void runFinished(RunRecord record) {
    }

    /** Progress after each finished run (and once at the start, with the resumed count). */
    default void progress(SweepProgress progress) {
    }
}

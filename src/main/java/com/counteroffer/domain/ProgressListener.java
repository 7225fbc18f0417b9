package com.counteroffer.domain;

/** Hears how far long work (a report, an import) has got, e.g. to move a progress bar; called on the writing thread. */
@FunctionalInterface
public interface ProgressListener {

    /** For callers that don't show progress. */
    ProgressListener NONE = (fraction, step) -> {
    };

    /**
     * @param fraction 0 at the start to 1 when the file is in place
     * @param step what is being done, in words, e.g. "Comparison charts"
     */
    void progress(double fraction, String step);
}

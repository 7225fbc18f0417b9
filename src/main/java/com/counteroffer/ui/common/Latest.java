package com.counteroffer.ui.common;

import java.util.function.Consumer;

/**
 * Recomputations where the latest request wins: starting one cancels the one before, and a result
 * that arrives after a newer request was made is dropped, so a slow old answer never overwrites a
 * newer one on screen.
 */
public final class Latest<T> {

    private final TaskRunner runner;
    private TaskRunner.Task running;
    private long requests;

    Latest(TaskRunner runner) {
        this.runner = runner;
    }

    /** Call on the UI thread. */
    public void run(TaskRunner.Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
        long request = ++requests;
        if (running != null) {
            running.cancel();
        }
        running = runner.run(work, value -> {
            if (request == requests) {
                onDone.accept(value);
            }
        }, error -> {
            if (request == requests && !(error instanceof java.util.concurrent.CancellationException)) {
                onFailed.accept(error);
            }
        });
    }

    /** Drops whatever is on its way (e.g. the client changed). */
    public void forget() {
        requests++;
        if (running != null) {
            running.cancel();
            running = null;
        }
    }
}

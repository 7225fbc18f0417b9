package com.counteroffer.testing;

import com.counteroffer.ui.common.TaskRunner;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The task runner of screen-model tests: work runs at once on the calling thread and its outcome
 * is delivered before {@code run} returns, so a test reads the result on the next line.
 */
public final class ImmediateTaskRunner implements TaskRunner {

    private int failures;
    private boolean holdNext;
    private boolean holdAll;
    private final java.util.List<Runnable> held = new java.util.ArrayList<>();

    /**
     * The next piece of work runs at once but its outcome waits for {@link #deliverHeld()}: a test
     * switches client while a report or an export is still "running".
     */
    public void holdNextOutcome() {
        holdNext = true;
    }

    /**
     * Until {@link #deliverHeld()}, every outcome waits, like work on a slow disk: a test sees a
     * screen while what it loads is still on its way.
     */
    public void holdAllOutcomes() {
        holdAll = true;
    }

    /** Delivers the outcomes held back, in order; from then on outcomes arrive at once again. */
    public void deliverHeld() {
        holdAll = false;
        // Outcomes may start more work, which then runs at once.
        while (!held.isEmpty()) {
            java.util.List<Runnable> due = java.util.List.copyOf(held);
            held.clear();
            due.forEach(Runnable::run);
        }
    }

    @Override
    public <T> Task run(Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
        return run(work, onDone, onFailed, Progress.NONE);
    }

    @Override
    public <T> Task run(Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed, Progress listener) {
        // Taken before the work runs: work that starts more work (a save that triggers a reload) holds its own outcome.
        boolean hold = holdNext || holdAll;
        holdNext = false;
        boolean[] cancelled = {false};
        Task task = new Task() {
            @Override
            public void cancel() {
                cancelled[0] = true;
            }

            @Override
            public boolean cancelled() {
                return cancelled[0];
            }
        };
        T value;
        try {
            value = work.run(new Progress() {
                @Override
                public void update(double fraction, String step) {
                    listener.update(fraction, step);
                }

                @Override
                public boolean cancelled() {
                    return cancelled[0];
                }
            });
        } catch (Exception e) {
            failures++;
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            onFailed.accept(cause);
            return task;
        }
        Runnable deliver = () -> {
            if (cancelled[0]) {
                onFailed.accept(new CancellationException());
            } else {
                onDone.accept(value);
            }
        };
        if (hold) {
            held.add(deliver);
        } else {
            deliver.run();
        }
        return task;
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }

    /** How many pieces of work failed (a test that expects none can say so). */
    public int failures() {
        return failures;
    }
}

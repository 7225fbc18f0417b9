package com.counteroffer.ui.common;

import java.util.function.Consumer;

/**
 * Runs work off the JavaFX thread and hands the outcome back on it. Screens' models get one
 * injected; tests use a runner that does everything at once on the calling thread.
 */
public interface TaskRunner {

    /** Work to run in the background; it may report progress and should stop when asked. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What long work tells the screen, and how it learns it should stop. */
    interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void update(double fraction, String step) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        /** Shown on the UI thread; a fraction from 0 to 1 and the step in words. */
        void update(double fraction, String step);

        boolean cancelled();
    }

    /** A running piece of work. */
    interface Task {
        /** Asks the work to stop; its outcome is then delivered as a {@link java.util.concurrent.CancellationException}. */
        void cancel();

        boolean cancelled();
    }

    /**
     * Runs {@code work} in the background; then exactly one of {@code onDone} (with the value) or
     * {@code onFailed} (with the cause, unwrapped; a {@link java.util.concurrent.CancellationException}
     * after {@link Task#cancel()}) runs on the UI thread.
     */
    <T> Task run(Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed);

    /** The same with progress reports, delivered on the UI thread. */
    <T> Task run(Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed, Progress listener);

    /** Runs an action on the UI thread (later, when called from another thread). */
    void onUi(Runnable action);

    /** A slot for recomputations where only the latest result counts. */
    default <T> Latest<T> latest() {
        return new Latest<>(this);
    }
}

package com.counteroffer.ui.common;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/** The window's task runner: two background threads, outcomes handed to the JavaFX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService background;
    /** Work started and not yet delivered on the JavaFX thread. */
    private final AtomicInteger pending = new AtomicInteger();

    public FxTaskRunner() {
        AtomicInteger count = new AtomicInteger();
        this.background = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "counteroffer-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> Task run(Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
        return run(work, onDone, onFailed, Progress.NONE);
    }

    @Override
    public <T> Task run(Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed, Progress listener) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Progress progress = new Progress() {
            @Override
            public void update(double fraction, String step) {
                if (!cancelled.get()) {
                    Platform.runLater(() -> listener.update(fraction, step));
                }
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
        pending.incrementAndGet();
        background.execute(() -> {
            T value;
            try {
                value = work.run(progress);
            } catch (Exception | Error e) {
                Throwable cause = unwrap(e);
                if (!(cause instanceof CancellationException) && !(cause instanceof RuntimeException)) {
                    LOG.log(Level.WARNING, "Background work failed", cause);
                }
                Platform.runLater(() -> delivered(() -> onFailed.accept(cancelled.get() ? new CancellationException() : cause)));
                return;
            }
            Platform.runLater(() -> delivered(() -> {
                if (cancelled.get()) {
                    onFailed.accept(new CancellationException());
                } else {
                    onDone.accept(value);
                }
            }));
        });
        return new Task() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
    }

    /** Runs a task's outcome; work it starts in turn is counted before this one stops counting. */
    private void delivered(Runnable outcome) {
        try {
            outcome.run();
        } finally {
            pending.decrementAndGet();
        }
    }

    /** True when no work is running or waiting to deliver its outcome (tests wait for it instead of sleeping). */
    public boolean idle() {
        return pending.get() == 0;
    }

    @Override
    public void onUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** The failure itself, not the wrappers concurrency puts around it. */
    public static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** Lets running work finish for a moment, then stops. */
    @Override
    public void close() {
        background.shutdown();
        try {
            background.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

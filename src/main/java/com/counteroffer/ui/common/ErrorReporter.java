package com.counteroffer.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort for failures nobody expected: logged with their stack, and told to the user in
 * one dialog at a time (a failure repeating on every pulse must not bury the window in dialogs).
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger(ErrorReporter.class.getName());

    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final AtomicBoolean showing = new AtomicBoolean();

    public ErrorReporter(TaskRunner tasks, Dialogs dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        report("Something went wrong", error);
    }

    /** Logs the failure and tells the user what happened and that their saved data is safe. */
    public void report(String title, Throwable error) {
        LOG.log(Level.SEVERE, title + " (on " + Thread.currentThread().getName() + ")", error);
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        String message = (error.getMessage() == null ? error.toString() : error.getMessage())
                + "\n\nWhat you saved before is safe. If this happens again, the log file in the data folder's "
                + "logs folder says more; please include it when you report the problem.";
        tasks.onUi(() -> {
            try {
                dialogs.showError(title, message);
            } finally {
                showing.set(false);
            }
        });
    }
}

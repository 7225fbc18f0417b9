package com.counteroffer.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one way screens receive results of background work: the work runs on the store or I/O
 * thread, and the outcome is handed back on the JavaFX application thread.
 */
public final class FxFutures {

    private FxFutures() {
    }

    public static <T> void onFx(CompletableFuture<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        work.whenComplete((value, error) -> Platform.runLater(() -> {
            if (error == null) {
                onSuccess.accept(value);
            } else {
                onError.accept(unwrap(error));
            }
        }));
    }

    public static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}

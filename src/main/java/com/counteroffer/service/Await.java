package com.counteroffer.service;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waits for store work: the services are blocking calls, run by callers off the JavaFX thread. */
final class Await {

    private Await() {
    }

    /** The future's value; a failure is rethrown as itself (a StoreException stays one), not wrapped. */
    static <T> T result(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}

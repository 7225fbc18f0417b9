package com.counteroffer.service;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Announces saved changes to whoever listens. Listeners hear about a change on the thread that
 * saved it; screens hand it to their own thread. A failing listener is logged and the others still hear.
 */
public final class DataChanges {

    private static final Logger LOG = Logger.getLogger(DataChanges.class.getName());

    private final List<Consumer<DataChange>> listeners = new CopyOnWriteArrayList<>();

    /** Listens until the returned handle is closed. */
    public AutoCloseable listen(Consumer<DataChange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void announce(DataChange change) {
        for (Consumer<DataChange> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A screen failed to take in " + change, e);
            }
        }
    }
}

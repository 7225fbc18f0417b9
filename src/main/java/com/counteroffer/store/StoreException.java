package com.counteroffer.store;

import java.nio.file.Path;

/**
 * A storage problem the user can act on. The message always names the path involved and
 * says what to do, because it is shown as-is in a dialog or on standard error.
 */
public final class StoreException extends RuntimeException {

    /** What went wrong, so callers can choose an exit code or a recovery offer. */
    public enum Kind {
        FOLDER_UNUSABLE,
        NOT_A_DATABASE,
        DAMAGED,
        NEWER_SCHEMA,
        ALREADY_OPEN,
        /** Already open, and that window was asked to come to the front and did. */
        ALREADY_OPEN_RAISED,
        IO,
        /** One saved row can't be read (the rest can); asked for exactly that row. */
        UNREADABLE_ROW,
        /** The disk is full: the message says where and about how much room to make. */
        DISK_FULL
    }

    private final Kind kind;
    private final Path path;

    public StoreException(Kind kind, Path path, String message) {
        this(kind, path, message, null);
    }

    public StoreException(Kind kind, Path path, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.path = path;
    }

    public Kind kind() {
        return kind;
    }

    public Path path() {
        return path;
    }
}

package com.counteroffer.store;

import com.counteroffer.domain.UnreadableRow;
import java.util.List;
import java.util.Optional;

/** What a read gave: the rows it could turn into values, and the ones it could not (skipped, kept as they are). */
public record RowsRead<T>(List<T> rows, List<UnreadableRow> unreadable) {

    public RowsRead {
        rows = List.copyOf(rows);
        unreadable = List.copyOf(unreadable);
    }

    /** The one row a single-row read gave, if it could be read. */
    public Optional<T> first() {
        return rows.stream().findFirst();
    }
}

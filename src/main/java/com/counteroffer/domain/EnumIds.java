package com.counteroffer.domain;

import java.util.Optional;
import java.util.function.Function;

/** Looks up an enum constant by the short id it is stored under in files and the database. */
public final class EnumIds {

    private EnumIds() {
    }

    /** The constant whose {@code id} is exactly {@code wanted}; empty for null or an unknown id. */
    public static <E extends Enum<E>> Optional<E> find(E[] values, Function<E, String> id, String wanted) {
        for (E value : values) {
            if (id.apply(value).equals(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}

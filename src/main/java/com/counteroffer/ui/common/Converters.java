package com.counteroffer.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Display-only converters for choice boxes: a label for each value, nothing to parse back. */
public final class Converters {

    private Converters() {
    }

    public static <T> StringConverter<T> labelled(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}

package com.counteroffer.ui.common;

import java.util.function.Consumer;

/**
 * Lets a screen send the user to another screen. Controllers get it at construction; the main
 * window connects it once it exists.
 */
public final class Navigator {

    private Consumer<Screen> target = screen -> {
    };

    public void connect(Consumer<Screen> target) {
        this.target = target;
    }

    public void show(Screen screen) {
        target.accept(screen);
    }
}

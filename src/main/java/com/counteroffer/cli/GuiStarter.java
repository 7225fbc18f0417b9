package com.counteroffer.cli;


/** Opens the window; returns the exit code when it closes. Supplied by the launcher, replaced in tests. */
@FunctionalInterface
public interface GuiStarter {
    int start(StartupOptions options);
}

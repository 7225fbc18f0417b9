package com.counteroffer.cli;

/** The process exit codes every command shares. */
public final class ExitCode {

    public static final int OK = 0;
    /** The command line itself was wrong: unknown option, missing value. */
    public static final int USAGE = 1;
    /** The input data was wrong: a bad number, an invalid file. */
    public static final int BAD_INPUT = 2;
    /** The database or its folder could not be used. */
    public static final int STORAGE = 3;
    /** Anything else: a bug, or no display for the window. */
    public static final int UNEXPECTED = 4;

    private ExitCode() {
    }
}

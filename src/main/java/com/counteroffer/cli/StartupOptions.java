package com.counteroffer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What the command line decided before the window opens.
 *
 * @param databaseFile the SQLite file to open
 * @param startupProbe print the ready line after the first frame and exit; errors go to {@code err}
 * @param out where the probe's ready line goes
 * @param err where unattended start-up errors go
 */
public record StartupOptions(Path databaseFile, boolean startupProbe, PrintWriter out, PrintWriter err) {
}

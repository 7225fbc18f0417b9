package com.counteroffer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the real command line in-process and captures what it prints (public: tests across layers use it). */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(GuiStarter gui, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Cli.commandLine(gui, args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    public static CliRun of(String... args) {
        return of(options -> {
            throw new AssertionError("the window must not open for " + String.join(" ", args));
        }, args);
    }
}

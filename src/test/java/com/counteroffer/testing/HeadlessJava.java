package com.counteroffer.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts Counteroffer's launcher in a separate JVM with the headless Monocle toolkit the tests use. */
public final class HeadlessJava {

    /** What the process printed and how it ended. */
    public record Result(int exitCode, String out, String err) {
    }

    private HeadlessJava() {
    }

    /** Starts the launcher with {@code args} and returns at once; the caller reads its output and ends it. */
    public static Process start(List<String> args) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", classPath, "com.counteroffer.app.Launcher"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("COUNTEROFFER_DB");
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    public static Result run(List<String> args, long timeoutSeconds) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true",
                "-cp", classPath, "com.counteroffer.app.Launcher"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("COUNTEROFFER_DB");
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The launcher did not exit within " + timeoutSeconds + " s: " + command);
        }
        return new Result(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}

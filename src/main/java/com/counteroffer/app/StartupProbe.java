package com.counteroffer.app;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Reports when the main window's first frame has been produced: the first layout pulse after the
 * window is shown renders the frame, and work queued from it runs once that pulse is over.
 */
final class StartupProbe {

    private StartupProbe() {
    }

    static void reportFirstFrame(Scene scene, PrintWriter out, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(() -> {
                long now = System.currentTimeMillis();
                long sinceJvmStart = now - ManagementFactory.getRuntimeMXBean().getStartTime();
                out.println("{\"event\":\"ready\",\"ms\":" + sinceJvmStart + ",\"rss_kb\":" + residentKb() + "}");
                out.flush();
                then.run();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** Resident memory now, from /proc on Linux; -1 where that is not available. */
    static long residentKb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }
}

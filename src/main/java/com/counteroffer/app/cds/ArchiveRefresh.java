package com.counteroffer.app.cds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a launcher's application class-data archive usable where the image actually is. Java 17 maps it
 * only at the path it was written at, so a copied or moved image (an install) would start without it.
 * Beside the archive ({@code NAME.jsa}) the image holds the classes to archive ({@code NAME.classes}) and
 * the folder the archive was written for ({@code NAME.jsa.dir}). When a run ends somewhere else, and the
 * folder is writable, it starts a background JVM that loads those classes and writes the archive there
 * ({@link LoadClasses}); the next start maps it. The run itself waits for nothing.
 */
public final class ArchiveRefresh {

    /** Set by each launcher of the image ({@code -Dcounteroffer.cds=NAME}); absent elsewhere (jar, tests). */
    public static final String PROPERTY = "counteroffer.cds";

    /**
     * Set (to anything) by an installer's script: wait for the archive to be written rather than leave it to
     * the background (packaging/linux/postinst, as root, writes the archives of an install in /opt).
     */
    static final String WAIT_ENV = "COUNTEROFFER_CDS_WAIT";


    private ArchiveRefresh() {
    }

    /** What a launcher named {@code name} in {@code appDir} should do about its archive. */
    record Plan(Path appDir, String name) {

        Path archive() {
            return appDir.resolve(name + ".jsa");
        }

        Path classes() {
            return appDir.resolve(name + ".classes");
        }

        Path marker() {
            return appDir.resolve(name + ".jsa.dir");
        }

        /** True when the archive was written for another folder (or never) and can be written here. */
        boolean needed() {
            if (!Files.isRegularFile(classes()) || !Files.isWritable(appDir)) {
                return false;
            }
            try {
                return !Files.isRegularFile(marker())
                        || !Files.readString(marker(), StandardCharsets.UTF_8).strip().equals(appDir.toString());
            } catch (IOException e) {
                return false;
            }
        }

        /** The background run: same runtime and class path as this run, so the archive matches it. */
        List<String> command(Path javaHome, String classPath) {
            List<String> command = new ArrayList<>();
            Path java = javaHome.resolve("bin").resolve("java");
            command.add((Files.exists(java) ? java : javaHome.resolve("bin").resolve("java.exe")).toString());
            command.add("-XX:ArchiveClassesAtExit=" + archive());
            command.add("-Xlog:cds=off");
            command.add("-Xlog:cds+dynamic=off");
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-cp");
            command.add(classPath);
            command.add(LoadClasses.class.getName());
            command.add(classes().toString());
            command.add(marker().toString());
            command.add(appDir.toString());
            return command;
        }
    }

    /** At the end of a run of the image's launcher: starts the background refresh if the archive needs it. */
    public static void afterRun() {
        String name = System.getProperty(PROPERTY);
        if (name == null || name.isBlank()) {
            return;
        }
        try {
            Path jar = Path.of(ArchiveRefresh.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Plan plan = new Plan(jar.toAbsolutePath().getParent(), name);
            if (!plan.needed()) {
                return;
            }
            Path javaHome = Path.of(System.getProperty("java.home"));
            Process refresh = new ProcessBuilder(plan.command(javaHome, System.getProperty("java.class.path")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (System.getenv(WAIT_ENV) != null) {
                refresh.waitFor(2, TimeUnit.MINUTES);
            }
        } catch (Exception e) {
            // Only start-up speed is at stake: the app runs the same without the archive.
            Logger.getLogger(ArchiveRefresh.class.getName()).log(Level.FINE, "Could not refresh the class-data archive", e);
        }
    }
}

package com.counteroffer.app.cds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a launcher's application class-data archive usable where the image actually is. Java 17 maps it
 * only at the path it was written at, so a copied or moved image (an install) would start without it.
 * Beside the archive ({@code NAME.jsa}) the image holds the classes to archive ({@code NAME.classes}) and
 * a marker ({@code NAME.jsa.dir}: folder, app version, jar size and time) of what the archive was written
 * for. When a run ends and the marker does not match, a background run writes the archive again
 * ({@link ArchiveWriter}): in the image when its folder is writable, else in the user's cache
 * ({@link #cacheDir}), where the launcher script looks next. The run itself waits for nothing.
 */
public final class ArchiveRefresh {

    /** Set by each launcher of the image ({@code -Dcounteroffer.cds=NAME}); absent elsewhere (jar, tests). */
    public static final String PROPERTY = "counteroffer.cds";
    /** The image's version, set by its launchers: part of the marker and of the cache folder's name. */
    public static final String VERSION_PROPERTY = "counteroffer.version";

    /**
     * Set (to anything) by an installer's script: wait for the archive to be written rather than leave it to
     * the background (packaging/linux/postinst writes the archives of an install).
     */
    static final String WAIT_ENV = "COUNTEROFFER_CDS_WAIT";
    /** A lock older than this belongs to a run that died: the next run may take over. */
    static final Duration STALE_LOCK = Duration.ofMinutes(10);


    private ArchiveRefresh() {
    }

    /**
     * What a launcher named {@code name} of the image in {@code appDir} should do about its archive, kept in
     * {@code home} (appDir itself, or the user's cache); {@code stamp} is what the marker must say.
     */
    record Plan(Path appDir, Path home, String name, String stamp) {

        Path archive() {
            return home.resolve(name + ".jsa");
        }

        Path classes() {
            return appDir.resolve(name + ".classes");
        }

        Path marker() {
            return home.resolve(name + ".jsa.dir");
        }

        Path lock() {
            return home.resolve(name + ".jsa.lock");
        }

        /** True when the archive is missing or was written for another folder, version or jar. */
        boolean needed() {
            if (!Files.isRegularFile(classes())) {
                return false;
            }
            try {
                return !Files.isRegularFile(archive()) || !Files.isRegularFile(marker())
                        || !Files.readString(marker(), StandardCharsets.UTF_8).strip().equals(stamp.strip());
            } catch (IOException e) {
                return true;
            }
        }

        /** Takes the lock (one rewrite at a time); false if another live run holds it or home is not writable. */
        boolean lock(Instant now) {
            try {
                Files.createDirectories(home);
                try {
                    Files.createFile(lock());
                    return true;
                } catch (java.nio.file.FileAlreadyExistsException held) {
                    FileTime since = Files.getLastModifiedTime(lock());
                    if (since.toInstant().plus(STALE_LOCK).isAfter(now)) {
                        return false;
                    }
                    Files.deleteIfExists(lock()); // left by a run that died
                    Files.createFile(lock());
                    return true;
                }
            } catch (IOException e) {
                return false;
            }
        }

        /** The background run: same runtime and class path as this run, so the archive matches it. */
        List<String> command(Path javaHome, String classPath) {
            List<String> command = new ArrayList<>();
            Path java = javaHome.resolve("bin").resolve("java");
            command.add((Files.exists(java) ? java : javaHome.resolve("bin").resolve("java.exe")).toString());
            command.add("-cp");
            command.add(classPath);
            command.add(ArchiveWriter.class.getName());
            command.add(archive().toString());
            command.add(marker().toString());
            command.add(lock().toString());
            command.add(stamp);
            command.add(classes().toString());
            return command;
        }
    }

    /**
     * Where archives go when the image's folder is not writable: one folder per version and install path.
     * $HOME wins over {@code userHome} (Java's user.home, read from the password file) as in the launcher script.
     */
    static Path cacheDir(Map<String, String> env, Path userHome, String version, Path appDir) {
        String xdg = env.get("XDG_CACHE_HOME");
        String home = env.get("HOME");
        Path root = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : (home != null && !home.isBlank() ? Path.of(home) : userHome).resolve(".cache");
        return root.resolve("counteroffer").resolve("cds").resolve(version + "-" + hash(appDir.toString()));
    }

    /** First 16 hex digits of SHA-256 of the text: the launcher script computes the same with sha256sum. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the marker says once the archive is written: folder, version, and the app jar's size and time. */
    public static String stamp(Path appDir, String version, Path jar) throws IOException {
        return appDir + "\n" + version + "\n" + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
    }

    /** The plan for this run: the image's folder if writable, else the user's cache folder. */
    static Plan plan(Path jar, String name, String version, Map<String, String> env, Path userHome)
            throws IOException {
        Path appDir = jar.toAbsolutePath().getParent();
        Path home = Files.isWritable(appDir) ? appDir : cacheDir(env, userHome, version, appDir);
        return new Plan(appDir, home, name, stamp(appDir, version, jar));
    }

    /** At the end of a run of the image's launcher: starts the background refresh if the archive needs it. */
    public static void afterRun() {
        String name = System.getProperty(PROPERTY);
        if (name == null || name.isBlank()) {
            return;
        }
        try {
            Path jar = Path.of(ArchiveRefresh.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Plan plan = plan(jar, name, System.getProperty(VERSION_PROPERTY, "0"), System.getenv(),
                    Path.of(System.getProperty("user.home")));
            if (!plan.needed() || !plan.lock(Instant.now())) {
                return;
            }
            Path javaHome = Path.of(System.getProperty("java.home"));
            Process refresh = new ProcessBuilder(plan.command(javaHome, System.getProperty("java.class.path")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (System.getenv(WAIT_ENV) != null) {
                refresh.waitFor(); // the writer bounds its own dump and releases the lock
            }
        } catch (Exception e) {
            // Only start-up speed is at stake: the app runs the same without the archive.
            Logger.getLogger(ArchiveRefresh.class.getName()).log(Level.FINE, "Could not refresh the class-data archive", e);
        }
    }
}

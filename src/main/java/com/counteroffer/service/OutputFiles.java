package com.counteroffer.service;

import com.counteroffer.data.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every file the user chooses to write (an export, the report, a compare table or chart, a script, a
 * backup copy) goes through here. It refuses a path that is, or leads through links to, one of
 * Counteroffer's own files, which a write would destroy; then writes whole or not at all, readable by
 * the user only ({@link AtomicFiles}).
 */
public final class OutputFiles {

    /** Writes a file's bytes to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** More links than this in one path is a loop (the limit Linux itself uses). */
    private static final int MAX_LINKS = 40;

    private final Path databaseFile;

    public OutputFiles(Path databaseFile) {
        this.databaseFile = databaseFile.toAbsolutePath();
    }

    /**
     * Checks that {@code file} can be written as the user's own file: its folder exists and can be
     * written, it is not a folder, and it is none of Counteroffer's own files.
     *
     * @throws InvalidInputException saying what is wrong with the path and what to do
     */
    public void check(Path file) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InvalidInputException("the folder of " + file + " does not exist; create it or choose another.");
        }
        if (Files.isDirectory(target)) {
            throw new InvalidInputException(file + " is a folder; give the name of a file in it.");
        }
        if (!Files.isWritable(folder)) {
            throw new InvalidInputException("the folder " + folder + " is not writable; choose another.");
        }
        refuseOwnFile(file);
    }

    /** Checks {@code file} (see {@link #check}), then writes {@code text} to it as UTF-8, whole or not at all. */
    public void writeString(Path file, String text) {
        write(file, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * Checks {@code file} (see {@link #check}), then writes what {@code content} produces, whole or not at
     * all. An exception from {@code content} (a cancel) is passed on, with {@code file} untouched.
     *
     * @throws InvalidInputException when the file is refused or can't be written
     */
    public void write(Path file, Content content) {
        check(file);
        try {
            AtomicFiles.write(file, content::writeTo);
        } catch (IOException e) {
            throw new InvalidInputException("cannot write " + file + ": " + describe(e) + ". Choose another file.", e);
        }
    }

    private void refuseOwnFile(Path file) {
        Path resolved = resolve(file);
        Path data = resolve(databaseFile.getParent());
        Path backups = resolve(DataFiles.backupsFolder(databaseFile));
        String leadsTo = resolved.equals(file.toAbsolutePath()) ? file + " is " : file + " leads to " + resolved
                + ", which is ";
        if (resolved.startsWith(backups)) {
            throw new InvalidInputException(leadsTo + "in Counteroffer's own backups folder (" + backups + "), kept "
                    + "for its backups only; choose another folder.");
        }
        for (Map.Entry<Path, String> own : ownFiles(data).entrySet()) {
            if (sameFile(resolved, own.getKey())) {
                throw new InvalidInputException(leadsTo + own.getValue() + "; choose another file name.");
            }
        }
    }

    /** Counteroffer's own files beside the database, each with what it is. */
    private Map<Path, String> ownFiles(Path data) {
        String name = databaseFile.getFileName().toString();
        Map<Path, String> own = new LinkedHashMap<>();
        own.put(data.resolve(name), "Counteroffer's own database");
        own.put(data.resolve(name + "-wal"), "Counteroffer's own database log (its recent changes)");
        own.put(data.resolve(name + "-shm"), "Counteroffer's own database index");
        own.put(data.resolve(name + "-journal"), "Counteroffer's own database journal");
        own.put(data.resolve(DataFiles.lockFile(databaseFile).getFileName()), "Counteroffer's own lock file");
        own.put(data.resolve(DataFiles.settingsFile(databaseFile).getFileName()), "Counteroffer's own settings file");
        return own;
    }

    /** Whether two resolved paths name one file: equal, or the same existing file under another spelling (letter case). */
    private static boolean sameFile(Path a, Path b) {
        try {
            return a.equals(b) || Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Where writing {@code path} would put the bytes: every link followed, in the file itself and in
     * its folders, also when the file does not exist yet (or is a link to nothing yet).
     */
    static Path resolve(Path path) {
        // Not normalised first: "link/.." is the link target's parent to the system, and so it is here.
        return resolve(path.toAbsolutePath(), 0);
    }

    private static Path resolve(Path path, int links) {
        if (links > MAX_LINKS) {
            return path;
        }
        try {
            if (Files.isSymbolicLink(path)) {
                Path folder = path.getParent();
                Path target = Files.readSymbolicLink(path);
                return resolve(folder == null ? target : resolve(folder, links + 1).resolve(target), links + 1);
            }
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                return path.toRealPath();
            }
        } catch (IOException e) {
            // Unreadable: judge the path as written.
        }
        Path folder = path.getParent();
        return folder == null ? path : resolve(folder, links).resolve(path.getFileName());
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}

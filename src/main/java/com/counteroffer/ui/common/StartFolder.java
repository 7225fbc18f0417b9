package com.counteroffer.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;

/**
 * Where every file and folder dialog opens: the last folder the user chose one in, else their
 * documents folder (the desktop's XDG_DOCUMENTS_DIR, then ~/Documents), else home — never the
 * program's own folder.
 */
public final class StartFolder {

    private final ObjectProperty<Path> last;
    private final Path home;
    private final Path configHome;

    /** The user's folders as the system names them; {@code last} remembers the latest choice. */
    public StartFolder(ObjectProperty<Path> last) {
        this(last, Path.of(System.getProperty("user.home")), xdgConfigHome(System.getenv("XDG_CONFIG_HOME"),
                Path.of(System.getProperty("user.home"))));
    }

    StartFolder(ObjectProperty<Path> last, Path home, Path configHome) {
        this.last = last;
        this.home = home;
        this.configHome = configHome;
    }

    /** The folder a dialog opens in now; null only when not even the home folder exists. */
    public Path folder() {
        Path remembered = last.get();
        return remembered != null && Files.isDirectory(remembered) ? remembered : documents();
    }

    /** Remembers the folder of a file the user chose (or the folder itself) for the next dialog. */
    public void used(Path chosen) {
        Path absolute = chosen.toAbsolutePath();
        Path folder = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        if (folder != null) {
            last.set(folder);
        }
    }

    /** The user's documents folder: XDG_DOCUMENTS_DIR, then ~/Documents, then home. */
    Path documents() {
        Path xdg = xdgDocuments();
        if (xdg != null && Files.isDirectory(xdg)) {
            return xdg;
        }
        Path documents = home.resolve("Documents");
        if (Files.isDirectory(documents)) {
            return documents;
        }
        return Files.isDirectory(home) ? home : null;
    }

    /**
     * XDG_DOCUMENTS_DIR from {@code user-dirs.dirs}: {@code "$HOME/Papers"} or an absolute path; a
     * value that is home itself means the desktop has no documents folder.
     */
    private Path xdgDocuments() {
        Path file = configHome.resolve("user-dirs.dirs");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines) {
                String entry = line.strip();
                if (!entry.startsWith("XDG_DOCUMENTS_DIR=")) {
                    continue;
                }
                String value = entry.substring("XDG_DOCUMENTS_DIR=".length()).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                Path folder = value.startsWith("$HOME/") ? home.resolve(value.substring("$HOME/".length()))
                        : value.startsWith("/") ? Path.of(value) : null;
                return folder == null || folder.normalize().equals(home.normalize()) ? null : folder;
            }
        } catch (IOException | InvalidPathException e) {
            return null; // an unreadable desktop file: ~/Documents or home will do
        }
        return null;
    }

    private static Path xdgConfigHome(String variable, Path home) {
        try {
            if (variable != null && !variable.isBlank() && Path.of(variable).isAbsolute()) {
                return Path.of(variable);
            }
        } catch (InvalidPathException e) {
            // the default below
        }
        return home.resolve(".config");
    }
}

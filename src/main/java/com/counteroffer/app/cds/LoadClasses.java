package com.counteroffer.app.cds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code LoadClasses CLASSES}: loads (without initializing) every class named in CLASSES, one binary name
 * with slashes a line, so that {@code -XX:ArchiveClassesAtExit} archives them. A class that can't be loaded
 * is left out. The marker is written afterwards by {@link ArchiveWriter}, once the archive exists.
 */
public final class LoadClasses {

    private LoadClasses() {
    }

    public static void main(String[] args) throws IOException {
        int loaded = load(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
        System.out.println(loaded + " classes loaded");
    }

    static int load(List<String> names) {
        ClassLoader loader = ClassLoader.getSystemClassLoader();
        int loaded = 0;
        for (String name : names) {
            if (name.isBlank()) {
                continue;
            }
            try {
                Class.forName(name.strip().replace('/', '.'), false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // not in this build, or needs what is not there: the archive does without it
            }
        }
        return loaded;
    }
}

package com.counteroffer.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The repository stands alone: no code, doc or data file points at material outside it. Facts and
 * figures are cited from the repository's own {@code docs/} (reference-data.md, market-seed.md) or
 * from their public sources, never from a sibling folder of the checkout or a path on one machine.
 */
class SelfContainedTest {

    /** What is scanned, relative to the project root (the directory Maven runs the tests in). */
    private static final List<String> ROOTS = List.of(
            "src", "docs", "assets", "packaging", "bench", ".ci", "README.md", "pom.xml", ".gitignore");

    /** Build output and version control, never scanned. */
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", ".git");

    /** Files that are not text. */
    private static final Set<String> BINARY_EXTENSIONS = Set.of(
            "png", "ico", "icns", "pdf", "jpg", "jpeg", "gif", "bmp", "webp", "jar", "class", "zip", "gz",
            "db", "sqlite", "ttf", "otf", "woff", "woff2");

    /*
     * A path into the folders the project was created from (a sibling "shared" folder, its docs and
     * seed sub-folders), or an absolute path on the build machine. The expressions are written in
     * pieces so that this file does not match them itself.
     */
    private static final Pattern OUTSIDE = Pattern.compile(String.join("|",
            "\\.\\.[/\\\\]" + "shared",
            "shared" + "[/\\\\]" + "docs",
            "shared" + "[/\\\\]" + "seed",
            Pattern.quote("/" + "work" + "/")));

    @Test
    void noFileRefersOutsideTheRepository() throws IOException {
        List<Path> files = textFiles();
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            found.addAll(pointersOutside(file));
        }

        assertThat(files).as("text files scanned").contains(Path.of("README.md"), Path.of("pom.xml"))
                .hasSizeGreaterThan(100);
        assertThat(found)
                .withFailMessage(() -> found.size() + " line(s) refer outside the repository; cite the repository's "
                        + "own docs/ (reference-data.md, market-seed.md, architecture.md) or the public source "
                        + "instead:\n  " + String.join("\n  ", found))
                .isEmpty();
    }

    @Test
    void theCheckCatchesPathsOutsideAndLeavesPublicAddressesAlone() {
        assertThat(OUTSIDE.matcher("see " + ".." + "/shared" + "/docs/reference-data.md §3").find()).isTrue();
        assertThat(OUTSIDE.matcher("\"address\": \"shared" + "/docs/reference-data.md\"").find()).isTrue();
        assertThat(OUTSIDE.matcher("shared" + "/seed/article.txt").find()).isTrue();
        assertThat(OUTSIDE.matcher("..\\" + "shared\\notes.md").find()).isTrue();
        assertThat(OUTSIDE.matcher("/" + "work/main/docs/x.md").find()).isTrue();

        assertThat(OUTSIDE.matcher("\"address\": \"docs/reference-data.md §4\"").find()).isFalse();
        assertThat(OUTSIDE.matcher("https://www.irs.gov/pub/irs-drop/rp-25-32.pdf").find()).isFalse();
        assertThat(OUTSIDE.matcher("import java.util.concurrent.ForkJoinPool; // shared pool").find()).isFalse();
    }

    private static List<Path> textFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : ROOTS) {
            Path start = Path.of(root);
            if (!Files.exists(start)) {
                continue;
            }
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    Path name = dir.getFileName();
                    return name != null && SKIPPED_DIRECTORIES.contains(name.toString())
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && !BINARY_EXTENSIONS.contains(extension(file))) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return files;
    }

    /** Each line of the file that points outside, as "path:line: text"; none for a binary file. */
    private static List<String> pointersOutside(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            if (b == 0) {
                return List.of();
            }
        }
        List<String> found = new ArrayList<>();
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (OUTSIDE.matcher(lines[i]).find()) {
                found.add(file.toString().replace('\\', '/') + ":" + (i + 1) + ": " + lines[i].strip());
            }
        }
        return found;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

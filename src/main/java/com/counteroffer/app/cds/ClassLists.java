package com.counteroffer.app.cds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Merges class lists written by {@code -XX:DumpLoadedClassList} into one for a runtime's own default
 * archive ({@code lib/server/classes.jsa}). Java 17 can map that archive wherever the runtime is moved,
 * unlike an application archive, which records the absolute paths of the jars. So only classes of the
 * runtime's modules are kept: a class from a jar named there would make the dump look for it in vain.
 * Used by {@code packaging/BuildImage.java} at build time.
 */
public final class ClassLists {

    private static final String LAMBDA_PROXY = "@lambda-proxy ";
    private static final String LAMBDA_FORM_INVOKER = "@lambda-form-invoker ";

    private ClassLists() {
    }

    /**
     * The lines of every list, in order, each once: classes the runtime holds (without the ids a list may
     * number them with, which would clash between lists), the lambda proxies of those classes' call sites
     * and the method-handle forms; comments, classes of other loaders and classes from jars left out.
     *
     * @param inRuntime whether a class, named with slashes (java/lang/Object), is in the runtime's modules
     */
    public static List<String> merge(List<List<String>> lists, Predicate<String> inRuntime) {
        Set<String> kept = new LinkedHashSet<>();
        for (List<String> list : lists) {
            for (String line : list) {
                String entry = entry(line.strip(), inRuntime);
                if (entry != null) {
                    kept.add(entry);
                }
            }
        }
        return new ArrayList<>(kept);
    }

    /**
     * The classes in these lists that the runtime does not hold (the app's and its libraries' on the class
     * path), each once, named with slashes: what {@link LoadClasses} loads to archive them.
     */
    public static List<String> classPathClasses(List<List<String>> lists, Predicate<String> inRuntime) {
        Set<String> kept = new LinkedHashSet<>();
        for (List<String> list : lists) {
            for (String line : list) {
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#") && !text.startsWith("@") && !text.contains(" source: ")) {
                    String name = firstWord(text);
                    if (!inRuntime.test(name)) {
                        kept.add(name);
                    }
                }
            }
        }
        return new ArrayList<>(kept);
    }

    private static String entry(String line, Predicate<String> inRuntime) {
        if (line.isEmpty() || line.startsWith("#")) {
            return null;
        }
        if (line.startsWith(LAMBDA_FORM_INVOKER)) {
            return line; // java.lang.invoke's own holder classes
        }
        if (line.startsWith(LAMBDA_PROXY)) {
            String caller = firstWord(line.substring(LAMBDA_PROXY.length()));
            return inRuntime.test(caller) ? line : null;
        }
        if (line.startsWith("@") || line.contains(" source: ")) {
            return null; // another directive, or a class of a custom loader
        }
        String name = firstWord(line);
        return inRuntime.test(name) ? name : null;
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    /** The classes of a Java runtime image (its {@code lib/modules}), named with slashes. */
    public static Set<String> runtimeClasses(Path javaHome) {
        Set<String> names = new HashSet<>();
        try (FileSystem jrt = FileSystems.newFileSystem(URI.create("jrt:/"),
                Map.of("java.home", javaHome.toAbsolutePath().toString()));
             Stream<Path> modules = Files.list(jrt.getPath("/modules"))) {
            for (Path module : modules.toList()) {
                try (Stream<Path> files = Files.walk(module)) {
                    files.map(file -> module.relativize(file).toString())
                            .filter(file -> file.endsWith(".class") && !file.equals("module-info.class"))
                            .forEach(file -> names.add(file.substring(0, file.length() - ".class".length())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the classes of the runtime " + javaHome, e);
        }
        return names;
    }

    /**
     * {@code java -cp target/classes com.counteroffer.app.cds.ClassLists RUNTIME OUT LIST...}: writes the
     * merged list of the runtime's classes to OUT (what BuildImage hands to {@code -Xshare:dump}).
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: ClassLists RUNTIME OUT LIST...");
        }
        Set<String> runtime = runtimeClasses(Path.of(args[0]));
        List<List<String>> lists = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            lists.add(Files.readAllLines(Path.of(args[i])));
        }
        List<String> merged = merge(lists, runtime::contains);
        Files.write(Path.of(args[1]), merged);
        System.out.println("Class list for the runtime's archive: " + merged.size() + " entries");
    }
}

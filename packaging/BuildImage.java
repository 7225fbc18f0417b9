import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Builds Counteroffer's app image and installers with the JDK's own tools, on the OS it runs on.
 * Run by {@code mvn -Ppackage package} after the jar and {@code target/lib} exist:
 * {@code java packaging/BuildImage.java TARGET VERSION INSTALLERS(true|false)}.
 *
 * <ol>
 * <li>JavaFX's platform jars become jmods, their native libraries in the jmod's lib section (so the
 *     runtime loads them from its own lib folder instead of unpacking them into the user's home).</li>
 * <li>jlink links only the modules jdeps finds in use, stripped, compressed, with the JDK's
 *     class-data-sharing archive.</li>
 * <li>jpackage makes the app image {@code target/dist/Counteroffer} (launcher {@code bin/Counteroffer}
 *     on Linux), the app's jars beside the runtime, SQLite's native library unpacked for this OS.</li>
 * <li>A training start ({@code --startup-probe} on an empty store) writes an application
 *     class-data-sharing archive the launcher then maps at every start. On Linux without a DISPLAY
 *     it runs under Xvfb when that is installed; without either, the image is left without it.</li>
 * <li>With INSTALLERS, the installer types this OS's tools can make, into {@code target/dist/installers}.</li>
 * </ol>
 */
public final class BuildImage {

    private static final String NAME = "Counteroffer";
    private static final String MAIN_CLASS = "com.counteroffer.app.Launcher";
    private static final String DESCRIPTION = "Offline negotiation assistant for AI Infrastructure Engineers weighing US job offers";
    private static final String VENDOR = "Counteroffer";
    private static final String ARCHIVE = "counteroffer.jsa";
    private static final Pattern JAVAFX_JAR = Pattern.compile("javafx-(base|graphics|controls|fxml|swing|media|web)-[\\d.]+-([a-z0-9-]+)\\.jar");

    private final Path target;
    private final Path work;
    private final Path project;
    private final String version;
    private final String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);

    private BuildImage(Path target, String version) {
        this.target = target.toAbsolutePath();
        this.work = this.target.resolve("packaging");
        this.project = this.target.getParent();
        this.version = version;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: java packaging/BuildImage.java TARGET VERSION INSTALLERS");
        }
        BuildImage build = new BuildImage(Path.of(args[0]), args[1]);
        Path image = build.appImage();
        if (Boolean.parseBoolean(args[2])) {
            build.installers(image);
        }
    }

    private Path appImage() throws Exception {
        deleteTree(work);
        Path jmods = work.resolve("jmods");
        Files.createDirectories(jmods);
        List<Path> libraries = new ArrayList<>();
        List<Path> javafxJars = new ArrayList<>();
        try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
            for (Path jar : jars.sorted().toList()) {
                String file = jar.getFileName().toString();
                Matcher javafx = JAVAFX_JAR.matcher(file);
                if (javafx.matches()) {
                    jmod(jar, "javafx." + javafx.group(1), jmods);
                    javafxJars.add(jar);
                } else if (!file.startsWith("javafx-")) { // the classifier-less javafx jars are empty
                    libraries.add(jar);
                }
            }
        }
        Path runtime = runtime(jmods, javafxJars, libraries);
        Path input = input(libraries);
        Path dist = target.resolve("dist");
        deleteTree(dist.resolve(NAME));
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--name", NAME, "--app-version", version,
                "--vendor", VENDOR, "--description", DESCRIPTION, "--copyright", "Counteroffer contributors",
                "--input", input.toString(), "--main-jar", "counteroffer.jar", "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString(), "--dest", dist.toString(), "--icon", icon().toString()));
        for (String option : javaOptions(input)) {
            args.add("--java-options");
            args.add(option);
        }
        tool("jpackage", args);
        Path image = dist.resolve(os.contains("mac") ? NAME + ".app" : NAME);
        train(image);
        System.out.println("App image: " + image + " (" + sizeMb(image) + " MB)");
        return image;
    }

    /** JavaFX's jar as a jmod: classes, with the native libraries moved into the jmod's lib section. */
    private void jmod(Path jar, String module, Path jmods) throws IOException {
        Path classes = work.resolve("javafx").resolve(module).resolve("classes");
        Path natives = work.resolve("javafx").resolve(module).resolve("lib");
        Files.createDirectories(classes);
        Files.createDirectories(natives);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (entry.isDirectory() || name.startsWith("META-INF/") || name.endsWith(".jar")) {
                    continue; // signatures and the manifest are the jar's; javafx-swt.jar is for SWT hosts
                }
                boolean nativeLibrary = !name.contains("/") && (name.endsWith(".so") || name.endsWith(".dll")
                        || name.endsWith(".dylib"));
                Path out = (nativeLibrary ? natives : classes).resolve(name);
                Files.createDirectories(out.getParent());
                Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<String> args = new ArrayList<>(List.of("create", "--class-path", classes.toString()));
        try (Stream<Path> found = Files.list(natives)) {
            if (found.findAny().isPresent()) {
                args.add("--libs");
                args.add(natives.toString());
            }
        }
        args.add(jmods.resolve(module + ".jmod").toString());
        tool("jmod", args);
    }

    private Path runtime(Path jmods, List<Path> javafxJars, List<Path> libraries) throws Exception {
        // jdeps reads the JavaFX jars (it does not read jmods); jlink links the jmods made from them.
        List<String> jdeps = new ArrayList<>(List.of("--multi-release", "17", "--ignore-missing-deps",
                "--print-module-deps", "--module-path", classPath(javafxJars), "--class-path", classPath(libraries),
                target.resolve("counteroffer.jar").toString()));
        libraries.forEach(jar -> jdeps.add(jar.toString()));
        String modules = lastLine(tool("jdeps", jdeps));
        // jdk.unsupported: JavaFX reaches sun.misc.Unsafe; java.logging: the app's own logging.
        modules = modules + ",jdk.unsupported,java.logging";
        System.out.println("Modules: " + modules);
        Path runtime = work.resolve("runtime");
        tool("jlink", List.of("--module-path", jmods.toString(), "--add-modules", modules, "--strip-debug",
                "--no-header-files", "--no-man-pages", "--compress=2", "--generate-cds-archive",
                "--output", runtime.toString()));
        // Only used with heaps above 32 GB (no compressed pointers): never for this app.
        try (Stream<Path> files = Files.walk(runtime)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("classes_nocoops.jsa")).toList()) {
                Files.delete(file);
            }
        }
        return runtime;
    }

    /** The app's jar, the libraries it runs with, and SQLite's native library for this OS. */
    private Path input(List<Path> libraries) throws IOException {
        Path input = work.resolve("input");
        Files.createDirectories(input.resolve("lib"));
        Files.copy(target.resolve("counteroffer.jar"), input.resolve("counteroffer.jar"));
        Path sqlite = libraries.stream().filter(jar -> jar.getFileName().toString().startsWith("sqlite-jdbc-"))
                .findFirst().orElseThrow(() -> new IllegalStateException("sqlite-jdbc is not in " + target.resolve("lib")));
        for (Path jar : libraries) {
            if (!jar.equals(sqlite)) {
                Files.copy(jar, input.resolve("lib").resolve(jar.getFileName()));
            }
        }
        String folder = "org/sqlite/native/" + sqliteOs() + "/" + sqliteArch() + "/";
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(sqlite))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (!entry.isDirectory() && entry.getName().startsWith(folder)
                        && entry.getName().indexOf('/', folder.length()) < 0) {
                    Path out = input.resolve("native").resolve(entry.getName().substring(folder.length()));
                    Files.createDirectories(out.getParent());
                    Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        copyWithout(sqlite, input.resolve("lib").resolve(sqlite.getFileName()),
                Files.exists(input.resolve("native")) ? "org/sqlite/native/" : null);
        return input;
    }

    /** Copies a jar, leaving out the entries under {@code skipped} (every OS's SQLite library: ~10 MB). */
    private static void copyWithout(Path jar, Path out, String skipped) throws IOException {
        if (skipped == null) {
            Files.copy(jar, out);
            return;
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (!entry.getName().startsWith(skipped)) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
    }

    private List<String> javaOptions(Path input) throws IOException {
        List<String> options = new ArrayList<>();
        try (Stream<Path> natives = Files.list(input.resolve("native"))) {
            Path library = natives.findFirst().orElse(null);
            if (library != null) {
                // SQLite's driver would otherwise unpack its library into the temp folder on every start.
                options.add("-Dorg.sqlite.lib.path=$APPDIR/native");
                options.add("-Dorg.sqlite.lib.name=" + library.getFileName());
            }
        }
        options.add("-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE);
        // An installed copy lives elsewhere than where the archive was written: JDK 17 then can't map
        // it and says so on the terminal. The app starts fine without it, so that note is silenced.
        options.add("-Xlog:cds=off");
        options.add("-Xlog:cds+dynamic=off");
        return options;
    }

    /** A training start writes the application class-data-sharing archive; without a display, none. */
    private void train(Path image) throws Exception {
        Path config = appDir(image).resolve(NAME + ".cfg");
        String text = Files.readString(config);
        String training = text.replace("-XX:SharedArchiveFile=", "-XX:ArchiveClassesAtExit=");
        Files.writeString(config, training);
        Process xvfb = null;
        boolean trained = false;
        try {
            List<String> environment = new ArrayList<>();
            if (os.contains("linux") && System.getenv("DISPLAY") == null) {
                xvfb = startXvfb(environment);
            }
            if (!os.contains("linux") || System.getenv("DISPLAY") != null || xvfb != null) {
                Path db = work.resolve("training").resolve("counteroffer.db");
                ProcessBuilder start = new ProcessBuilder(launcher(image).toString(), "--startup-probe", "--db",
                        db.toString()).redirectErrorStream(true);
                if (!environment.isEmpty()) {
                    start.environment().put("DISPLAY", environment.get(0));
                }
                start.environment().remove("COUNTEROFFER_DB");
                Process run = start.start();
                String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                trained = run.waitFor(120, TimeUnit.SECONDS) && run.exitValue() == 0
                        && output.contains("\"event\":\"ready\"") && Files.exists(appDir(image).resolve(ARCHIVE));
                if (!trained) {
                    System.out.println("The training start failed; the image has no application CDS archive:\n" + output);
                }
            } else {
                System.out.println("No DISPLAY and no Xvfb: the image has no application CDS archive (it starts slower). "
                        + "Install Xvfb or build on a desktop to add it.");
            }
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
        Files.writeString(config, trained ? text : withoutArchive(text));
    }

    private static String withoutArchive(String config) {
        return config.lines().filter(line -> !line.contains("SharedArchiveFile") && !line.contains("-Xlog:cds"))
                .reduce("", (all, line) -> all + line + "\n");
    }

    /** Xvfb on the first free display from :91, or null when it is not installed. */
    private static Process startXvfb(List<String> display) throws Exception {
        if (Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .noneMatch(dir -> Files.isExecutable(Path.of(dir, "Xvfb")))) {
            return null;
        }
        for (int number = 91; number < 120; number++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + number)) || Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                continue;
            }
            Process xvfb = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int wait = 0; wait < 50 && xvfb.isAlive(); wait++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + number))) {
                    display.add(":" + number);
                    return xvfb;
                }
                Thread.sleep(100);
            }
            xvfb.destroy();
        }
        return null;
    }

    private void installers(Path image) throws Exception {
        Path dest = target.resolve("dist").resolve("installers");
        deleteTree(dest);
        List<String> types = new ArrayList<>();
        if (os.contains("linux")) {
            if (onPath("dpkg-deb") && onPath("fakeroot")) {
                types.add("deb");
            }
            if (onPath("rpmbuild")) {
                types.add("rpm");
            }
        } else if (os.contains("win")) {
            if (onPath("candle.exe") && onPath("light.exe")) {
                types.add("msi");
                types.add("exe");
            }
        } else if (os.contains("mac")) {
            types.add("dmg");
            types.add("pkg");
        }
        if (types.isEmpty()) {
            System.out.println("No installer tools on this machine (Linux: dpkg-deb and fakeroot, or rpmbuild; "
                    + "Windows: WiX 3); only the app image was built.");
        }
        for (String type : types) {
            List<String> args = new ArrayList<>(List.of("--type", type, "--app-image", image.toString(), "--name", NAME,
                    "--app-version", version, "--vendor", VENDOR, "--description", DESCRIPTION,
                    "--dest", dest.toString()));
            if (os.contains("linux")) {
                args.addAll(List.of("--linux-package-name", "counteroffer", "--linux-app-category", "office",
                        "--linux-menu-group", "Office;Finance;", "--linux-shortcut",
                        "--resource-dir", project.resolve("packaging").resolve("linux").toString(),
                        "--icon", icon().toString()));
            } else if (os.contains("win")) {
                args.addAll(List.of("--win-menu", "--win-menu-group", NAME, "--win-shortcut", "--win-dir-chooser",
                        "--win-upgrade-uuid", "6f1c1d0a-8a55-4a1e-9f4e-2f3b0c0a7e21"));
            }
            tool("jpackage", args);
        }
        try (Stream<Path> made = Files.exists(dest) ? Files.list(dest) : Stream.empty()) {
            made.forEach(file -> System.out.println("Installer: " + file + " (" + sizeMb(file) + " MB)"));
        }
    }

    private Path icon() {
        Path assets = project.resolve("assets");
        return os.contains("win") ? assets.resolve("icon.ico")
                : os.contains("mac") ? assets.resolve("icon.icns") : assets.resolve("icon-256.png");
    }

    private Path launcher(Path image) {
        return os.contains("win") ? image.resolve(NAME + ".exe")
                : os.contains("mac") ? image.resolve("Contents/MacOS/" + NAME) : image.resolve("bin/" + NAME);
    }

    private Path appDir(Path image) {
        return os.contains("mac") ? image.resolve("Contents/app") : os.contains("win") ? image.resolve("app")
                : image.resolve("lib/app");
    }

    private String sqliteOs() {
        return os.contains("win") ? "Windows" : os.contains("mac") ? "Mac" : "Linux";
    }

    private static String sqliteArch() {
        String arch = System.getProperty("os.arch");
        return arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch.equals("aarch64") ? "aarch64" : arch;
    }

    private static String tool(String name, List<String> args) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException(name + " is not in this JDK; build with a full JDK 17"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = tool.run(print, print, args.toArray(String[]::new));
        String output = out.toString(StandardCharsets.UTF_8);
        if (code != 0) {
            throw new IllegalStateException(name + " failed (exit " + code + "):\n" + output);
        }
        return output;
    }

    private static String lastLine(String output) {
        List<String> lines = output.lines().filter(line -> !line.isBlank() && !line.startsWith("Warning")).toList();
        return lines.get(lines.size() - 1).strip();
    }

    private static String classPath(List<Path> jars) {
        return String.join(java.io.File.pathSeparator, jars.stream().map(Path::toString).toList());
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }

    private static long sizeMb(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
            return Math.round(bytes / (1024.0 * 1024.0));
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}

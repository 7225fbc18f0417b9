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
import java.util.Map;
import java.util.Set;
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
 * {@code java -cp target/classes packaging/BuildImage.java TARGET VERSION INSTALLERS(true|false)}.
 *
 * <ol>
 * <li>JavaFX's platform jars become jmods, their native libraries in the jmod's lib section (so the
 *     runtime loads them from its own lib folder instead of unpacking them into the user's home).</li>
 * <li>jlink links only the modules jdeps finds in use, stripped, compressed, with the JDK's
 *     class-data-sharing archive.</li>
 * <li>jpackage makes the app image {@code target/dist/Counteroffer} (launcher {@code bin/Counteroffer}
 *     on Linux), the app's jars beside the runtime, SQLite's native library unpacked for this OS.</li>
 * <li>A second launcher, {@code counteroffer-cli}, runs the commands with options for a short run. On
 *     Linux both launchers are then bash scripts reading their .cfg (the native one queries rpm and dpkg
 *     at every start).</li>
 * <li>Class-data sharing: the runtime's own archive is rewritten with the JDK and JavaFX classes a window
 *     start and a {@code take-home} run load (it maps wherever the image is copied); then a training
 *     start ({@code --startup-probe} on an empty store) and a training {@code take-home} write each
 *     launcher's application archive (mapped where the image was built). On Linux without a DISPLAY the
 *     window starts run under Xvfb when that is installed; without either, they are left out.</li>
 * <li>With INSTALLERS, the installer types this OS's tools can make, into {@code target/dist/installers}.</li>
 * </ol>
 */
public final class BuildImage {

    private static final String NAME = "Counteroffer";
    private static final String MAIN_CLASS = "com.counteroffer.app.Launcher";
    private static final String DESCRIPTION = "Offline negotiation assistant for AI Infrastructure Engineers weighing US job offers";
    private static final String VENDOR = "Counteroffer";
    private static final String ARCHIVE = "counteroffer.jsa";
    /** The command-line launcher: the same app, tuned for a short run, with its own archive. */
    private static final String CLI = "counteroffer-cli";
    private static final String CLI_ARCHIVE = CLI + ".jsa";
    /** What the command-line launcher is trained on: the command users run most, without a database. */
    private static final List<String> CLI_TRAINING = List.of("take-home", "--wages", "250k", "--state", "CA",
            "--filing", "single");
    /**
     * Libraries linked into the runtime as modules rather than put on the class path: the runtime's own
     * class-data archive then holds their classes wherever the image is copied (Jackson's were most of what
     * a copied image loaded from jars). picocli's are Java 5 class
     * files, which Java 17 archives only in a static archive such as the runtime's, and loading them from
     * the jar (with the old verifier) was most of a command's start.
     */
    private static final Map<Pattern, String> RUNTIME_MODULES = Map.of(
            Pattern.compile("picocli-[\\d.]+\\.jar"), "info.picocli",
            Pattern.compile("jackson-annotations-[\\d.]+\\.jar"), "com.fasterxml.jackson.annotation",
            Pattern.compile("jackson-core-[\\d.]+\\.jar"), "com.fasterxml.jackson.core",
            Pattern.compile("jackson-databind-[\\d.]+\\.jar"), "com.fasterxml.jackson.databind");
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
        List<Path> modules = new ArrayList<>();
        try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
            for (Path jar : jars.sorted().toList()) {
                String file = jar.getFileName().toString();
                Matcher javafx = JAVAFX_JAR.matcher(file);
                if (javafx.matches()) {
                    jmod(jar, "javafx." + javafx.group(1), jmods);
                    javafxJars.add(jar);
                } else if (runtimeModule(file) != null) {
                    moduleJmod(jar, runtimeModule(file), jmods);
                    modules.add(jar);
                } else if (!file.startsWith("javafx-")) { // the classifier-less javafx jars are empty
                    libraries.add(jar);
                }
            }
        }
        Path runtime = runtime(jmods, javafxJars, libraries, modules);
        Path input = input(libraries);
        Path dist = target.resolve("dist");
        deleteTree(dist.resolve(NAME));
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--name", NAME, "--app-version", version,
                "--vendor", VENDOR, "--description", DESCRIPTION, "--copyright", "Counteroffer contributors",
                "--input", input.toString(), "--main-jar", "counteroffer.jar", "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString(), "--dest", dist.toString(), "--icon", icon().toString()));
        List<String> options = javaOptions(input);
        for (String option : options) {
            args.add("--java-options");
            args.add(option);
        }
        args.add("--add-launcher");
        args.add(CLI + "=" + cliLauncher(options));
        tool("jpackage", args);
        Path image = dist.resolve(os.contains("mac") ? NAME + ".app" : NAME);
        if (os.contains("linux")) {
            scriptLaunchers(image);
        }
        classData(image);
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

    private static String runtimeModule(String jarFile) {
        return RUNTIME_MODULES.entrySet().stream().filter(entry -> entry.getKey().matcher(jarFile).matches())
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /**
     * A modular library's jar as a jmod: the classes as Java 17 would load them from the multi-release jar
     * (an entry under META-INF/versions/N, N up to 17, replaces the plain one; the module-info is there too).
     */
    private void moduleJmod(Path jar, String module, Path jmods) throws IOException {
        Path classes = work.resolve("modules").resolve(module);
        Map<String, Integer> versionOf = new java.util.HashMap<>();
        Pattern versioned = Pattern.compile("META-INF/versions/(\\d+)/(.+)");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                int version = 8;
                Matcher matcher = versioned.matcher(name);
                if (matcher.matches()) {
                    version = Integer.parseInt(matcher.group(1));
                    name = matcher.group(2);
                    if (version > 17) {
                        continue;
                    }
                } else if (name.startsWith("META-INF/")) {
                    continue;
                }
                if (entry.isDirectory() || versionOf.getOrDefault(name, 0) > version) {
                    continue;
                }
                versionOf.put(name, version);
                Path out = classes.resolve(name);
                Files.createDirectories(out.getParent());
                Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        tool("jmod", List.of("create", "--class-path", classes.toString(), jmods.resolve(module + ".jmod").toString()));
    }

    private Path runtime(Path jmods, List<Path> javafxJars, List<Path> libraries, List<Path> moduleJars)
            throws Exception {
        // jdeps reads the JavaFX jars (it does not read jmods); jlink links the jmods made from them.
        List<String> jdeps = new ArrayList<>(List.of("--multi-release", "17", "--ignore-missing-deps",
                "--print-module-deps", "--module-path", classPath(javafxJars), "--class-path",
                classPath(Stream.concat(libraries.stream(), moduleJars.stream()).toList()),
                target.resolve("counteroffer.jar").toString()));
        libraries.forEach(jar -> jdeps.add(jar.toString()));
        String modules = lastLine(tool("jdeps", jdeps));
        // jdk.unsupported: JavaFX reaches sun.misc.Unsafe; java.logging: the app's own logging.
        modules = modules + ",jdk.unsupported,java.logging," + String.join(",", RUNTIME_MODULES.values());
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
        options.add("-Dcounteroffer.cds=" + base(ARCHIVE)); // ArchiveRefresh: which archive is this launcher's
        options.add("-Dcounteroffer.version=" + version); // ArchiveRefresh: marker and cache folder name
        options.add("-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE);
        // -Xshare:auto (the default, said outright): an archive that can't be mapped never stops a start.
        options.add("-Xshare:auto");
        // An installed copy lives elsewhere than where the archive was written: JDK 17 then can't map
        // it and says so on the terminal. The app starts fine without it, so that note is silenced
        // (the Linux launcher scripts turn them to info when COUNTEROFFER_CDS_LOG is set).
        options.add("-Xlog:cds=off");
        options.add("-Xlog:cds+dynamic=off");
        return options;
    }

    /**
     * On Linux, each launcher becomes a short script that starts the runtime's java with its .cfg's class
     * path, main class and options. Java 17's native launcher asks rpm and dpkg which package holds it on
     * every start (twice), which cost about 0.1 s of CPU a start, more than a whole {@code java -version}.
     */
    private void scriptLaunchers(Path image) throws IOException {
        for (String launcher : List.of(NAME, CLI)) {
            Path file = image.resolve("bin").resolve(launcher);
            Files.writeString(file, """
                    #!/usr/bin/env bash
                    # Starts Counteroffer as jpackage's launcher would, from lib/app/%1$s.cfg, without its
                    # rpm and dpkg queries on every start. Written by packaging/BuildImage.java. Needs bash.
                    # The class-data archive: the image's own if written for this folder, else the one the
                    # app wrote in the user's cache (ArchiveRefresh), else the image's (-Xshare:auto skips it).
                    # COUNTEROFFER_CDS_LOG=1 shows the JVM's class-data-sharing messages (-Xlog:cds=info).
                    self=$(readlink -f -- "$0")
                    root=$(dirname -- "$(dirname -- "$self")")
                    APPDIR=$root/lib/app
                    # The image's archive if written for this folder, else the user cache's if written for it.
                    pick() {
                      local dir hash cache
                      IFS= read -r dir 2>/dev/null < "$APPDIR/$1.jsa.dir" || dir=
                      [ "$dir" = "$APPDIR" ] && return
                      hash=$(printf '%%s' "$APPDIR" | sha256sum | cut -c1-16)
                      cache=${XDG_CACHE_HOME:-$HOME/.cache}/counteroffer/cds/%2$s-$hash
                      IFS= read -r dir 2>/dev/null < "$cache/$1.jsa.dir" || dir=
                      [ "$dir" = "$APPDIR" ] && [ -f "$cache/$1.jsa" ] && archive=$cache/$1.jsa
                    }
                    archive= name=
                    options=() classpath= main=
                    while IFS= read -r line || [ -n "$line" ]; do
                      line=${line//\\$APPDIR/"$APPDIR"}
                      case $line in
                        app.classpath=*) classpath=${classpath:+$classpath:}${line#app.classpath=} ;;
                        app.mainclass=*) main=${line#app.mainclass=} ;;
                        java-options=-Dcounteroffer.cds=*) name=${line#java-options=-Dcounteroffer.cds=}; options+=("${line#java-options=}") ;;
                        java-options=-XX:SharedArchiveFile=*) [ -n "$name" ] && pick "$name"; options+=("-XX:SharedArchiveFile=${archive:-${line#java-options=-XX:SharedArchiveFile=}}") ;;
                        java-options=-Xlog:cds*) line=${line#java-options=}
                          [ -n "${COUNTEROFFER_CDS_LOG:-}" ] && line=${line%%=off}=info
                          options+=("$line") ;;
                        java-options=*) options+=("${line#java-options=}") ;;
                      esac
                    done < "$APPDIR/%1$s.cfg"
                    exec "$root/lib/runtime/bin/java" "-Djpackage.app-path=$self" "${options[@]}" -cp "$classpath" "$main" "$@"
                    """.formatted(launcher, version));
            file.toFile().setExecutable(true, false);
        }
    }

    /**
     * The class-data-sharing archives, in this order (an application archive is written on top of the
     * runtime's and checks it):
     * <ol>
     * <li>a window start and a {@code take-home} run list the classes they load;</li>
     * <li>the runtime's own default archive ({@code lib/server/classes.jsa}) is rewritten from those lists,
     *     keeping only the runtime's classes (JDK and JavaFX): Java 17 maps it wherever the image is moved;</li>
     * <li>a window start writes the window launcher's archive and a {@code take-home} run the command-line
     *     launcher's, with the app's and libraries' classes too: mapped only where the image was built.</li>
     * </ol>
     * Without a display (and no Xvfb) the window starts are skipped: the archives hold what the command saw.
     */
    private void classData(Path image) throws Exception {
        Path lists = work.resolve("classlists");
        Files.createDirectories(lists);
        Process xvfb = null;
        try {
            String display = System.getenv("DISPLAY");
            if (os.contains("linux") && display == null) {
                List<String> found = new ArrayList<>();
                xvfb = startXvfb(found);
                display = found.isEmpty() ? null : found.get(0);
            }
            boolean window = !os.contains("linux") || display != null;
            if (!window) {
                System.out.println("No DISPLAY and no Xvfb: the image has no window class-data archive (it starts slower). "
                        + "Install Xvfb or build on a desktop to add it.");
            }
            List<Path> classLists = new ArrayList<>();
            classLists.add(runtimeDir(image).resolve("lib").resolve("classlist"));
            Path windowList = lists.resolve("window.lst");
            if (window && run(image, NAME, "-XX:DumpLoadedClassList=" + windowList, windowArgs("list"), display)) {
                classLists.add(windowList);
            }
            Path cliList = lists.resolve("cli.lst");
            if (run(image, CLI, "-XX:DumpLoadedClassList=" + cliList, CLI_TRAINING, null)) {
                classLists.add(cliList);
            }
            runtimeArchive(image, classLists, lists.resolve("runtime.lst"));
            Set<String> runtimeClasses = com.counteroffer.app.cds.ClassLists.runtimeClasses(runtimeDir(image));
            refreshList(image, NAME, window ? List.of(windowList, cliList) : List.of(cliList), runtimeClasses);
            refreshList(image, CLI, List.of(cliList), runtimeClasses);
            boolean trained = window
                    && run(image, NAME, "-XX:ArchiveClassesAtExit=$APPDIR/" + ARCHIVE, windowArgs("archive"), display)
                    && Files.exists(appDir(image).resolve(ARCHIVE));
            if (!trained) {
                dropArchive(image, NAME);
            }
            boolean cliTrained = run(image, CLI, "-XX:ArchiveClassesAtExit=$APPDIR/" + CLI_ARCHIVE, CLI_TRAINING, null)
                    && Files.exists(appDir(image).resolve(CLI_ARCHIVE));
            if (!cliTrained) {
                dropArchive(image, CLI);
            }
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private List<String> windowArgs(String run) {
        return List.of("--startup-probe", "--db", work.resolve("training-" + run).resolve("counteroffer.db").toString());
    }

    /**
     * Runs a launcher once with its archive option replaced by {@code option} (in its .cfg, put back after);
     * true when it exited 0 (and a window start printed its ready line).
     */
    private boolean run(Path image, String launcher, String option, List<String> arguments, String display)
            throws Exception {
        Path config = appDir(image).resolve(launcher + ".cfg");
        String text = Files.readString(config);
        Files.writeString(config, text.replace("-XX:SharedArchiveFile=$APPDIR/" + archiveOf(launcher), option));
        try {
            List<String> command = new ArrayList<>();
            command.add(launcher(image, launcher).toString());
            command.addAll(arguments);
            ProcessBuilder start = new ProcessBuilder(command).redirectErrorStream(true);
            if (display != null) {
                start.environment().put("DISPLAY", display);
            }
            start.environment().remove("COUNTEROFFER_DB");
            Process process = start.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean done = process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0
                    && (!launcher.equals(NAME) || output.contains("\"event\":\"ready\""));
            if (!done) {
                System.out.println("The training run " + command + " with " + option + " failed:\n" + output);
            }
            return done;
        } finally {
            Files.writeString(config, text);
        }
    }

    /**
     * What a copy of the image needs to write a launcher's archive where it is (ArchiveRefresh): the class-path
     * classes of these lists, and the folder the build's archive is for.
     */
    private void refreshList(Path image, String launcher, List<Path> lists, Set<String> runtimeClasses)
            throws IOException {
        List<List<String>> read = new ArrayList<>();
        for (Path list : lists) {
            if (Files.exists(list)) {
                read.add(Files.readAllLines(list));
            }
        }
        Files.write(appDir(image).resolve(base(archiveOf(launcher)) + ".classes"),
                com.counteroffer.app.cds.ClassLists.classPathClasses(read, runtimeClasses::contains));
        // What ArchiveRefresh compares: the build's archive is good for this folder, version and jar only.
        Files.writeString(appDir(image).resolve(archiveOf(launcher) + ".dir"), com.counteroffer.app.cds.ArchiveRefresh
                .stamp(appDir(image), version, appDir(image).resolve("counteroffer.jar")) + "\n");
    }

    /** Rewrites the runtime's default archive from the runtime's classes in these lists. */
    private void runtimeArchive(Path image, List<Path> classLists, Path merged) throws Exception {
        Path runtime = runtimeDir(image);
        List<String> args = new ArrayList<>(List.of(runtime.toString(), merged.toString()));
        classLists.forEach(list -> args.add(list.toString()));
        com.counteroffer.app.cds.ClassLists.main(args.toArray(String[]::new));
        Path archive = runtime.resolve("lib").resolve("server").resolve("classes.jsa");
        Files.deleteIfExists(archive);
        Process dump = new ProcessBuilder(runtime.resolve("bin").resolve(os.contains("win") ? "java.exe" : "java").toString(),
                "-Xshare:dump", "-XX:SharedClassListFile=" + merged, "-XX:SharedArchiveFile=" + archive)
                .redirectErrorStream(true).start();
        String output = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!dump.waitFor(300, TimeUnit.SECONDS) || dump.exitValue() != 0 || !Files.exists(archive)) {
            throw new IllegalStateException("Could not write the runtime's class-data archive:\n" + output);
        }
        System.out.println("Runtime archive: " + archive + " (" + sizeMb(archive) + " MB)");
    }

    private void dropArchive(Path image, String launcher) throws IOException {
        Path config = appDir(image).resolve(launcher + ".cfg");
        Files.writeString(config, withoutArchive(Files.readString(config)));
        System.out.println(launcher + " has no application class-data archive: it starts slower.");
    }

    private static String base(String archive) {
        return archive.substring(0, archive.length() - ".jsa".length());
    }

    private static String archiveOf(String launcher) {
        return launcher.equals(CLI) ? CLI_ARCHIVE : ARCHIVE;
    }

    /**
     * The command-line launcher's properties: the window's options with its own archive, and the first tier
     * of the JIT only, which is what a run of a fraction of a second has time for.
     */
    private Path cliLauncher(List<String> windowOptions) throws IOException {
        List<String> options = new ArrayList<>();
        for (String option : windowOptions) {
            options.add(option.replace("$APPDIR/" + ARCHIVE, "$APPDIR/" + CLI_ARCHIVE)
                    .replace("-Dcounteroffer.cds=" + base(ARCHIVE), "-Dcounteroffer.cds=" + base(CLI_ARCHIVE)));
        }
        options.add("-XX:TieredStopAtLevel=1");
        options.add("-XX:-UsePerfData");
        Path properties = work.resolve(CLI + ".properties");
        Files.writeString(properties, "java-options=" + String.join(" ", options) + "\n"
                + (os.contains("win") ? "win-console=true\n" : ""));
        return properties;
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
                        // the launchers are bash scripts (scriptLaunchers)
                        "--linux-package-deps", "bash", "--icon", icon().toString()));
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

    private Path launcher(Path image, String name) {
        return os.contains("win") ? image.resolve(name + ".exe")
                : os.contains("mac") ? image.resolve("Contents/MacOS/" + name) : image.resolve("bin/" + name);
    }

    private Path runtimeDir(Path image) {
        return os.contains("mac") ? image.resolve("Contents/runtime/Contents/Home") : os.contains("win")
                ? image.resolve("runtime") : image.resolve("lib/runtime");
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

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds the self-contained app image (and an installer where the OS's packaging tools exist):
 * {@code jlink} a runtime of the JDK modules the app needs plus the JavaFX modules from the
 * Maven jars, {@code jpackage} it with the application jar and the non-modular libraries on the
 * class path, then give it class-data-sharing archives of the classes a short {@code train}
 * loads, so every start maps them instead of parsing and verifying them: one of the JDK and
 * JavaFX classes in the runtime (valid wherever the image is installed) and one of the
 * application's classes on top (JDK 17 ties it to the jars' absolute paths: made for the image
 * where it is built, and by the .deb's postinst where it is installed; {@code cds-archive.sh}).
 *
 * <p>Run by the {@code -Pdist} Maven profile as a single-file program ({@code java
 * src/dist/PackageImage.java key=value...}); one build per OS, since jpackage cannot cross-build.
 * Everything runs in-process through {@link ToolProvider} except the app itself.
 */
public final class PackageImage {

    private final Map<String, String> opt;
    private final Path dest;
    private final String name;
    private final PrintWriter log = new PrintWriter(System.out, true);

    private PackageImage(Map<String, String> opt) {
        this.opt = opt;
        this.dest = Path.of(need("dest"));
        this.name = need("name");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected key=value, got: " + a);
            }
            opt.put(a.substring(0, eq), a.substring(eq + 1));
        }
        new PackageImage(opt).build();
    }

    private String need(String key) {
        String v = opt.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("missing " + key + "=...");
        }
        return v;
    }

    private void build() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        deleteTree(dest);
        Path input = stageInput();
        Path runtime = jlink();
        Path image = dest.resolve("image");
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--dest", image.toString(),
                "--name", name, "--app-version", need("version"), "--description", need("description"),
                "--vendor", need("vendor"), "--input", input.toString(), "--main-jar", Path.of(need("jar")).getFileName().toString(),
                "--main-class", need("mainClass"), "--runtime-image", runtime.toString()));
        boolean cds = Boolean.parseBoolean(opt.getOrDefault("cds", "true"));
        List<String> javaOptions = new ArrayList<>(List.of(need("javaOptions").trim().split("\\s+")));
        if (cds && !isWindows()) {
            // a missing or stale archive (an image moved after its build) must not print a warning per start
            javaOptions.addAll(List.of("-XX:SharedArchiveFile=$APPDIR/" + name + ".jsa", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        for (String o : javaOptions) {
            args.add("--java-options");
            args.add(o);
        }
        run("jpackage", args);
        Layout app = Layout.of(image, name);
        if (cds) {
            archiveRuntimeClasses(app);
        }
        String installer = installerType();
        if (installer != null) {
            List<String> pkg = new ArrayList<>(List.of("--type", installer, "--dest", dest.toString(), "--name", name,
                    "--app-version", need("version"), "--description", need("description"), "--vendor", need("vendor"),
                    "--app-image", app.root.toString()));
            Path resources = Path.of(need("scripts"), installer);
            if (Files.isDirectory(resources)) {
                pkg.addAll(List.of("--resource-dir", resources.toString()));
            }
            run("jpackage", pkg);
        } else {
            log.println("[dist] no installer: " + opt.getOrDefault("installer", "auto")
                    + " (deb needs dpkg-deb and fakeroot on PATH; msi needs WiX 3; dmg builds on macOS)");
        }
        // the image holds copies of both
        deleteTree(input);
        deleteTree(runtime);
        // after the installer: its archive is made where it is installed
        if (cds && !isWindows()) {
            archiveAppClasses(app);
        }
        log.printf("[dist] app image %s (launcher %s) in %.1f s%n", app.root, app.launcher, (System.nanoTime() - t0) / 1e9);
    }

    /** The jpackage input folder: the app jar, its non-JavaFX libraries in lib/, the java -jar scripts. */
    private Path stageInput() throws IOException {
        Path input = dest.resolve("input");
        Path lib = input.resolve("lib");
        Files.createDirectories(lib);
        Path jar = Path.of(need("jar"));
        Files.copy(jar, input.resolve(jar.getFileName()));
        try (Stream<Path> jars = Files.list(Path.of(need("lib")))) {
            for (Path p : (Iterable<Path>) jars::iterator) {
                // JavaFX lives in the linked runtime as modules; on the class path as well it would load twice
                if (!p.getFileName().toString().startsWith("javafx-")) {
                    Files.copy(p, lib.resolve(p.getFileName()));
                }
            }
        }
        try (Stream<Path> scripts = Files.list(Path.of(need("scripts")))) {
            for (Path p : (Iterable<Path>) scripts::iterator) {
                String script = p.getFileName().toString();
                if (script.equals(name + (isWindows() ? ".cmd" : ".sh")) || !isWindows() && script.equals("cds-archive.sh")) {
                    Files.copy(p, input.resolve(p.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return input;
    }

    /** A runtime of the JDK modules plus JavaFX's, linked from the platform jars (those with a classifier). */
    private Path jlink() {
        Path runtime = dest.resolve("runtime");
        List<String> modulePath = new ArrayList<>();
        modulePath.add(Path.of(System.getProperty("java.home"), "jmods").toString());
        File[] fx = Path.of(need("lib")).toFile().listFiles((d, n) -> n.matches("javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\\.jar"));
        if (fx == null || fx.length == 0) {
            throw new IllegalStateException("no JavaFX platform jars (javafx-*-VERSION-OS.jar) in " + need("lib"));
        }
        Arrays.stream(fx).map(File::toString).sorted().forEach(modulePath::add);
        run("jlink", List.of("--module-path", String.join(File.pathSeparator, modulePath),
                "--add-modules", need("modules"), "--strip-debug", "--no-header-files", "--no-man-pages",
                "--output", runtime.toString()));
        return runtime;
    }

    /**
     * Replaces the runtime's default CDS archive with one of every JDK and JavaFX class a short
     * {@code train} loads. It holds module classes only, so it stays valid wherever the image is
     * installed (an archive of the class-path jars is tied to their absolute paths in JDK 17).
     */
    private void archiveRuntimeClasses(Layout app) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("lstm-workbench-cds");
        Path classList = work.resolve("classes.lst");
        int rc = runApp(app, "-XX:DumpLoadedClassList=" + classList, work.resolve("train"));
        if (rc != 0) {
            throw new IllegalStateException("the image's train run for the class list exited " + rc + " (log: " + work + ")");
        }
        Path java = app.runtimeBin.resolve(isWindows() ? "java.exe" : "java");
        ProcessBuilder dump = new ProcessBuilder(java.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "--add-modules", "jdk.incubator.vector")
                .redirectErrorStream(true).redirectOutput(work.resolve("dump.log").toFile());
        rc = dump.start().waitFor();
        if (rc != 0) {
            throw new IllegalStateException("-Xshare:dump exited " + rc + " (log: " + work.resolve("dump.log") + ")");
        }
        log.println("[dist] CDS archive of " + Files.readAllLines(classList).size() + " loaded classes in the runtime");
        deleteTree(work);
    }

    /** Runs the image's own cds-archive.sh, as an installer's postinst does. */
    private void archiveAppClasses(Layout app) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", app.appDir.resolve("cds-archive.sh").toString()).inheritIO().start();
        int rc = p.waitFor();
        if (rc != 0) {
            throw new IllegalStateException("cds-archive.sh exited " + rc);
        }
    }

    /** Runs the image's launcher on a 2-epoch demo train with extra JVM options; returns its exit status. */
    private int runApp(Layout app, String jvmOptions, Path out) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(app.launcher.toString(), "train", "--data", "demo:seed-sequence",
                "--epochs", "2", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(out.resolveSibling("run.log").toFile());
        pb.environment().put("JAVA_TOOL_OPTIONS", jvmOptions);
        return pb.start().waitFor();
    }

    /** The installer to build: the option's value, or for "auto" the host's kind when its tools exist. */
    private String installerType() {
        String want = opt.getOrDefault("installer", "auto");
        if (want.equals("none")) {
            return null;
        }
        if (!want.equals("auto")) {
            return want;
        }
        String os = System.getProperty("os.name").toLowerCase();
        if (os.contains("linux")) {
            return onPath("dpkg-deb") && onPath("fakeroot") ? "deb" : null;
        }
        if (os.contains("mac")) {
            return "dmg";
        }
        return onPath("candle.exe") && onPath("light.exe") ? "msi" : null;
    }

    private static boolean onPath(String exe) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, exe)));
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").toLowerCase().startsWith("windows");
    }

    private void run(String tool, List<String> args) {
        log.println("[dist] " + tool + " " + String.join(" ", args));
        ToolProvider tp = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException(tool + " is not in this JDK (" + System.getProperty("java.home") + ")"));
        int rc = tp.run(log, new PrintWriter(System.err, true), args.toArray(String[]::new));
        if (rc != 0) {
            throw new IllegalStateException(tool + " exited " + rc);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Where jpackage puts the launcher, the app folder and the runtime on each OS. */
    private record Layout(Path root, Path launcher, Path appDir, Path runtimeBin) {
        static Layout of(Path image, String name) {
            String os = System.getProperty("os.name").toLowerCase();
            if (os.contains("mac")) {
                Path root = image.resolve(name + ".app");
                return new Layout(root, root.resolve("Contents/MacOS/" + name), root.resolve("Contents/app"),
                        root.resolve("Contents/runtime/Contents/Home/bin"));
            }
            Path root = image.resolve(name);
            if (isWindows()) {
                return new Layout(root, root.resolve(name + ".exe"), root.resolve("app"), root.resolve("runtime/bin"));
            }
            return new Layout(root, root.resolve("bin/" + name), root.resolve("lib/app"), root.resolve("lib/runtime/bin"));
        }
    }
}

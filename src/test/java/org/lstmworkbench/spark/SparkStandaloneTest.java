package org.lstmworkbench.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.Main;
import org.lstmworkbench.cli.WorkbenchCli;
import org.lstmworkbench.experiment.SweepStore;

/**
 * A sweep on a real Spark standalone cluster: a Master, a Worker (2 cores) and the driver, each
 * its own JVM started from this test's class path, executors launched by the Worker in JVMs of
 * their own. The Worker starts executors from {@code SPARK_HOME/jars/*}, so the test builds a
 * SPARK_HOME whose {@code jars/} links this class path's jars, names its Scala version
 * ({@code SPARK_SCALA_VERSION}, which a Spark distribution's RELEASE file gives instead) and
 * hands the app's classes to executors by {@code spark.executor.extraClassPath}. The data is a
 * CSV file named by a relative path: it reaches the executors only through Spark.
 * {@code src/bench/spark-standalone.sh} does the same with the assembly jar and SparkSubmit.
 */
@Tag("spark-cluster")
class SparkStandaloneTest {

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();

    @Test
    void aSweepOnAStandaloneClusterWithARelativeDataFileEqualsTheLocalSweep() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        StringBuilder rows = new StringBuilder("step,value\n");
        for (int i = 0; i < 40; i++) {
            rows.append(i).append(',').append(Math.sin(i * 0.3) + 0.01 * i).append('\n');
        }
        Files.writeString(run.resolve("series.csv"), rows);
        List<String> sweep = List.of("sweep", "--epochs", "10", "--param", "units=1,3", "--repeats", "2", "-q");
        Path local = dir.resolve("local");
        List<String> localArgs = new ArrayList<>(sweep);
        localArgs.addAll(List.of("--data", run.resolve("series.csv").toString(), "--out", local.toString(),
                "--threads", "2"));
        assertThat(WorkbenchCli.commandLine().execute(localArgs.toArray(String[]::new))).isZero();

        Path home = sparkHome();
        int port = freePort();
        String master = "spark://127.0.0.1:" + port;
        try {
            start(home, dir.resolve("master.log"), "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                    "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort()));
            Path workerLog = dir.resolve("worker.log");
            start(home, workerLog, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "2",
                    "--memory", "2g", "--webui-port", String.valueOf(freePort()), "--work-dir",
                    home.resolve("work").toString(), master);
            awaitLine(workerLog, "Successfully registered with master", 60);

            List<String> driver = new ArrayList<>(javaCommand());
            driver.addAll(List.of("-Dspark.driver.host=127.0.0.1", "-Dspark.executor.extraClassPath=" + classesDir(),
                    "-Dspark.executor.extraJavaOptions=--add-modules jdk.incubator.vector",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            driver.addAll(sweep);
            driver.addAll(List.of("--data", "series.csv", "--out", "cluster", "--spark", master));
            Path driverLog = dir.resolve("driver.log");
            Process p = new ProcessBuilder(driver).directory(run.toFile()).redirectErrorStream(true)
                    .redirectOutput(driverLog.toFile()).start();
            started.add(p);
            assertThat(p.waitFor(150, TimeUnit.SECONDS)).as("driver still running").isTrue();
            assertThat(p.exitValue()).as(Files.readString(driverLog)).isZero();
        } finally {
            // driver first, then the Worker by SIGTERM: its shutdown hook ends the executors it started
            for (int i = started.size() - 1; i >= 0; i--) {
                Process p = started.get(i);
                p.destroy();
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
                }
            }
        }
        Path cluster = run.resolve("cluster");
        SparkSweepTest.assertSameSweep(cluster, local);
        assertThat(Files.readAllLines(cluster.resolve(SweepStore.RESULTS))).hasSize(5);
        // the executors (other JVMs, own work folders) got the file from Spark, under its digest and name
        try (Stream<Path> files = Files.walk(home.resolve("work"))) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.matches("[0-9a-f]{16}-series\\.csv"));
        }
    }

    /** A SPARK_HOME whose jars/ links every jar of this class path, as a Worker needs it. */
    private Path sparkHome() throws IOException {
        Path home = dir.resolve("spark-home");
        Path jars = Files.createDirectories(home.resolve("jars"));
        Files.createDirectories(home.resolve("work"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(jar) && !Files.exists(jars.resolve(jar.getFileName()))) {
                Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar.toAbsolutePath());
            }
        }
        return home;
    }

    /** The folder of the app's compiled classes on this class path (executors load the app from it). */
    private static String classesDir() {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (Path.of(entry).endsWith(Path.of("target", "classes"))) {
                return Path.of(entry).toAbsolutePath().toString();
            }
        }
        throw new IllegalStateException("no target/classes on " + System.getProperty("java.class.path"));
    }

    private static List<String> javaCommand() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(SparkSweepTest.jvmModuleOptions());
        return command;
    }

    private void start(Path home, Path log, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(javaCommand());
        command.addAll(List.of("-cp", home.resolve("jars") + File.separator + "*", mainClass));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.12");
        started.add(pb.start());
    }

    private static void awaitLine(Path log, String line, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(line)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no \"" + line + "\" in " + log + " within " + seconds + " s:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

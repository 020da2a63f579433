package org.spinflow.experiments;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.spinflow.experiments.Suite.Point;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Every point a task on Apache Spark. Spark is not a dependency of this bundle: the engine starts
 * the Spark driver ({@code org.spinflow.experiments.spark.SparkSweep} in the job jar that the
 * {@code spark/} module builds) as a child process, on a JDK that Spark supports, and reads the
 * finished points back from the driver's standard output, one {@value #ROW_PREFIX} line each.
 * The driver runs in client mode, so the lines come back to this process wherever the executors are.
 *
 * <ul>
 * <li>Without {@code SPARK_HOME}: {@code java -cp JOBJAR:LIB/*} with the Spark jars the module
 * copied next to the job jar; only {@code local[N]} masters.</li>
 * <li>With {@code SPARK_HOME}: {@code $SPARK_HOME/bin/spark-submit --master M --class ... JOBJAR};
 * any master ({@code local[N]}, {@code spark://}, {@code yarn}, {@code k8s://}).</li>
 * </ul>
 *
 * The suite file, its models and the data root are read by the executors from the same paths: on a
 * cluster they must be on a file system every node sees.
 */
public final class SparkEngine implements Engine {

    /** Prefix of a result line on the driver's standard output, followed by {"row":{...},"files":{...}}. */
    public static final String ROW_PREFIX = "SPINFLOW-ROW ";
    /** File name of the shaded job jar. */
    public static final String JOB_JAR = "spinflow-spark-job.jar";
    /** How to get the engine, for the one-line error when it is missing. */
    public static final String HOW_TO_GET = "build it with './mvnw -B -pl spark -am package' (it makes spark/target/" + JOB_JAR
            + " and spark/target/spark-lib/), or point SPINFLOW_SPARK_JAR at a job jar";

    /**
     * Where and how to run.
     *
     * @param master    Spark master URL: {@code local[N]}, {@code spark://HOST:PORT}, {@code yarn}, {@code k8s://...}
     * @param jobJar    the shaded job jar
     * @param sparkLib  folder of Spark's own jars for the built-in launch (null: use spark-submit)
     * @param sparkHome a Spark distribution (its bin/spark-submit); null: the built-in launch
     * @param java      the {@code java} executable for the built-in launch (Spark 4.1 supports 17 and 21; Spinflow's classes need 21)
     * @param conf      extra {@code key=value} Spark settings
     * @param driverLog where the driver's standard error goes
     */
    public record Options(String master, Path jobJar, Path sparkLib, Path sparkHome, Path java, List<String> conf,
                          Path driverLog) {

        /**
         * The engine as found from a checkout and the environment: the job jar from
         * {@code SPINFLOW_SPARK_JAR}, else {@code ROOT/spark/target/}; Spark's jars in {@code spark-lib/}
         * next to it; the driver's Java from {@code SPINFLOW_SPARK_JAVA}, else {@link #supportedJava()};
         * a Spark distribution from {@code SPARK_HOME} (then spark-submit starts the driver).
         */
        public static Options locate(String master, List<String> conf, Path driverLog, Path root, Map<String, String> env) {
            String jar = env.get("SPINFLOW_SPARK_JAR");
            Path jobJar = (jar != null && !jar.isBlank() ? Path.of(jar) : root.resolve("spark").resolve("target").resolve(JOB_JAR))
                    .toAbsolutePath().normalize();
            String home = env.get("SPARK_HOME");
            String java = env.get("SPINFLOW_SPARK_JAVA");
            return new Options(master, jobJar, jobJar.resolveSibling("spark-lib"),
                    home != null && !home.isBlank() ? Path.of(home) : null,
                    java != null && !java.isBlank() ? Path.of(java) : supportedJava(), List.copyOf(conf), driverLog);
        }
    }

    /**
     * The Java of the Spark driver when none is given: a JDK 21 under {@code /usr/lib/jvm} (Spark 4.1
     * supports Java 17 and 21; Spinflow's classes are compiled for 21, so 17 cannot load them), else
     * the Java running this code (Spinflow builds on 25; Spark 4.1.1 in local mode was tested on it,
     * see docs/EXPERIMENTS.md). Null when neither exists.
     */
    public static Path supportedJava() {
        Path jvm = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvm)) {
            try (var dirs = Files.list(jvm)) {
                Path found = dirs.filter(d -> d.getFileName().toString().matches("(?:.*-)?21(?:[.-].*)?"))
                        .map(d -> d.resolve("bin").resolve("java")).filter(Files::isExecutable).sorted().findFirst().orElse(null);
                if (found != null) {
                    return found;
                }
            } catch (IOException e) {
                // fall through to the running Java
            }
        }
        Path self = Path.of(System.getProperty("java.home"), "bin", "java");
        return Files.isExecutable(self) && Runtime.version().feature() >= 21 ? self : null;
    }

    private final Options options;
    private final Path dataRoot;

    public SparkEngine(Options options, Path dataRoot) {
        this.options = options;
        this.dataRoot = dataRoot;
    }

    @Override
    public String name() {
        return "spark (" + options.master() + ")";
    }

    /** The command that starts the driver (without the points file, which is the last argument). */
    public List<String> command(Suite suite, int threads, Path pointsFile) {
        List<String> cmd = new ArrayList<>();
        String main = "org.spinflow.experiments.spark.SparkSweep";
        if (options.sparkHome() != null) {
            cmd.add(options.sparkHome().resolve("bin").resolve("spark-submit").toString());
            cmd.add("--master");
            cmd.add(options.master());
            cmd.add("--deploy-mode");
            cmd.add("client");
            for (String c : options.conf()) {
                cmd.add("--conf");
                cmd.add(c);
            }
            cmd.add("--class");
            cmd.add(main);
            cmd.add(options.jobJar().toString());
        } else {
            if (!options.master().startsWith("local")) {
                throw new ExperimentException("--master " + options.master()
                        + " needs spark-submit: set SPARK_HOME to a Spark 4 distribution (Scala 2.13)");
            }
            cmd.add(options.java().toString());
            // what Spark's own launcher adds on Java 17+ (module access for its off-heap and serialisation code)
            for (String m : List.of("java.base/java.lang", "java.base/java.lang.invoke", "java.base/java.lang.reflect",
                    "java.base/java.io", "java.base/java.net", "java.base/java.nio", "java.base/java.util",
                    "java.base/java.util.concurrent", "java.base/java.util.concurrent.atomic", "java.base/sun.nio.ch",
                    "java.base/sun.nio.cs", "java.base/sun.security.action", "java.base/sun.util.calendar")) {
                cmd.add("--add-opens=" + m + "=ALL-UNNAMED");
            }
            cmd.add("-Djdk.reflect.useDirectMethodHandle=false");
            cmd.add("-Dio.netty.tryReflectionSetAccessible=true");
            cmd.add("-Djava.awt.headless=true");
            cmd.add("-cp");
            cmd.add(options.jobJar() + java.io.File.pathSeparator + options.sparkLib().resolve("*"));
            cmd.add(main);
            cmd.add("--master");
            cmd.add(options.master());
            for (String c : options.conf()) {
                cmd.add("--conf");
                cmd.add(c);
            }
        }
        cmd.add("--suite");
        cmd.add(suite.file().toAbsolutePath().toString());
        cmd.add("--data-root");
        cmd.add(dataRoot.toAbsolutePath().toString());
        cmd.add("--threads");
        cmd.add(Integer.toString(threads));
        cmd.add("--points");
        cmd.add(pointsFile.toAbsolutePath().toString());
        return cmd;
    }

    @Override
    public void run(Suite suite, List<Point> points, int threads, Consumer<PointRunner.Result> done, Consumer<String> log) {
        check();
        Path pointsFile = options.driverLog().resolveSibling("spark-points.txt");
        StringBuilder keys = new StringBuilder();
        points.forEach(p -> keys.append(p.key()).append('\n'));
        ResultsFile.atomicWrite(pointsFile, keys.toString());
        List<String> cmd = command(suite, threads, pointsFile);
        log.accept("spark: starting the driver (" + options.master() + "), its log: " + options.driverLog());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.to(options.driverLog().toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        pb.environment().remove("SPARK_PRINT_LAUNCH_COMMAND");
        Process proc;
        try {
            proc = pb.start();
        } catch (IOException e) {
            throw new ExperimentException("cannot start the Spark driver " + cmd.get(0) + " (" + e.getMessage() + ")");
        }
        try {
            proc.getOutputStream().close();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith(ROW_PREFIX)) {
                        done.accept(parse(line.substring(ROW_PREFIX.length())));
                    }
                }
            }
            int code = proc.waitFor();
            if (code != 0) {
                throw new ExperimentException("the Spark driver failed (exit " + code + "): " + lastError(options.driverLog())
                        + " (full log: " + options.driverLog() + ")");
            }
        } catch (IOException e) {
            throw new ExperimentException("lost the Spark driver's output (" + e.getMessage() + "); see " + options.driverLog());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExperimentException("interrupted while the Spark driver was running");
        } finally {
            if (proc.isAlive()) {
                proc.destroy();
            }
        }
    }

    @Override
    public void check() {
        if (options.jobJar() == null || !Files.isRegularFile(options.jobJar())) {
            throw new ExperimentException("the Spark engine is not available (no job jar"
                    + (options.jobJar() != null ? " at " + options.jobJar() : "") + "): " + HOW_TO_GET);
        }
        if (options.sparkHome() == null) {
            if (options.sparkLib() == null || !Files.isDirectory(options.sparkLib())) {
                throw new ExperimentException("the Spark engine is not available (no Spark jars at " + options.sparkLib()
                        + " and SPARK_HOME is not set): " + HOW_TO_GET);
            }
            if (options.java() == null || !Files.isExecutable(options.java())) {
                throw new ExperimentException("no Java for the Spark driver"
                        + (options.java() != null ? " at " + options.java() : "")
                        + ": install a JDK 21 or set SPINFLOW_SPARK_JAVA to its bin/java");
            }
        } else if (!Files.isExecutable(options.sparkHome().resolve("bin").resolve("spark-submit"))) {
            throw new ExperimentException("SPARK_HOME=" + options.sparkHome() + " has no bin/spark-submit");
        }
    }

    /** A result line's JSON: {"row":{column:value,...},"files":{path:text,...}}. */
    public static String toJson(PointRunner.Result r) {
        JsonObject o = new JsonObject();
        JsonObject row = new JsonObject();
        r.row().forEach(row::addProperty);
        JsonObject files = new JsonObject();
        r.files().forEach(files::addProperty);
        o.add("row", row);
        o.add("files", files);
        return o.toString();
    }

    static PointRunner.Result parse(String json) {
        try {
            JsonObject o = JsonParser.parseString(json).getAsJsonObject();
            Map<String, String> row = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("row").entrySet()) {
                row.put(e.getKey(), e.getValue().getAsString());
            }
            Map<String, String> files = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("files").entrySet()) {
                String rel = e.getKey();
                if (rel.startsWith("/") || rel.contains("..")) {
                    throw new ExperimentException("the Spark driver sent a file outside the output folder: " + rel);
                }
                files.put(rel, e.getValue().getAsString());
            }
            return new PointRunner.Result(row, files);
        } catch (JsonParseException | IllegalStateException | NullPointerException e) {
            throw new ExperimentException("the Spark driver sent an unreadable result line (" + Suite.oneLine(e.getMessage()) + ")");
        }
    }

    /** The last line of the driver log that looks like an error, else its last line. */
    static String lastError(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                String l = lines.get(i);
                if (l.startsWith("spinflow-spark: ") || l.contains("Exception") || l.contains("Error")) {
                    return l.strip();
                }
            }
            return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1).strip();
        } catch (IOException e) {
            return "no log";
        }
    }
}
